"""What a .docx's styles say about runs and paragraphs.

Only what the extractor needs: whether a paragraph style is a heading or a
list, and the colour and boldness a run inherits from its character style,
its paragraph style and the document defaults (following `w:basedOn`).
Moderation by colour (2018 framework: Heads of Service type "their comments
in a different colour") needs the colour a reader sees, not only the colour
set directly on a run.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

_HEADING_NAME = re.compile(r"^(heading \d|title|subtitle)$")
_MAX_CHAIN = 20  # basedOn chains are short; a longer one is a loop
_DEFAULT_STYLE = re.compile(rb'<w:style [^>]*?w:default="(?:1|true)"[^>]*>')


class Styles:
    """Style lookups for one document.

    `raw` is the bytes of styles.xml, or None. A styles part holds hundreds
    of style definitions of which a form uses a handful, and parsing it whole
    costs more than the rest of the form; so the part is indexed with a
    regular expression and a style is parsed only when first asked about.
    `parse` is the safe XML parser to use.
    """

    def __init__(self, raw: bytes | None, namespace: str, parse: Callable[[bytes], etree._Element]):
        self._w = f"{{{namespace}}}"
        self._parse = parse
        self._raw = raw or b""
        self._styles: dict[str, etree._Element | None] = {}
        self.default_paragraph: str | None = None
        self._default_colour: str | None = None
        self._default_bold: bool = False
        self._cache: dict[tuple[str | None, ...], object] = {}
        if not raw:
            return
        root_end = raw.find(b">", raw.find(b"<w:styles")) + 1
        self._wrapper = raw[:root_end]
        for match in _DEFAULT_STYLE.finditer(raw):
            if b'w:type="paragraph"' in match.group(0):
                style_id = re.search(rb'w:styleId="([^"]*)"', match.group(0))
                self.default_paragraph = style_id.group(1).decode("utf-8", "replace") if style_id else None
                break
        if b"<w:style " not in raw:
            # Not written with the usual "w" prefix: parse the whole part.
            self._index_tree(parse(raw))
        start, end = raw.find(b"<w:docDefaults"), raw.find(b"</w:docDefaults>")
        if 0 <= start < end:
            element = self._parse_fragment(raw[start : end + len(b"</w:docDefaults>")])
            properties = element.find(f"{self._w}docDefaults/{self._w}rPrDefault/{self._w}rPr") if element is not None else None
            if properties is not None:
                colour = properties.find(self._w + "color")
                self._default_colour = colour.get(self._w + "val") if colour is not None else None
                bold = properties.find(self._w + "b")
                self._default_bold = bold is not None and bold.get(self._w + "val", "true") not in ("0", "false", "off")

    def _index_tree(self, root: etree._Element) -> None:
        w = self._w
        for style in root.iter(w + "style"):
            style_id = style.get(w + "styleId")
            if style_id:
                self._styles.setdefault(style_id, style)
                if style.get(w + "type") == "paragraph" and style.get(w + "default") in ("1", "true"):
                    self.default_paragraph = style_id

    def _parse_fragment(self, fragment: bytes) -> etree._Element | None:
        """Parse a piece of the part inside a copy of its root element, which
        declares the namespaces the piece uses."""
        try:
            return self._parse(self._wrapper + fragment + b"</w:styles>")
        except (etree.XMLSyntaxError, ValueError):
            return None  # a damaged style is no reason to reject the form

    def _style(self, style_id: str) -> etree._Element | None:
        if style_id not in self._styles:
            self._styles[style_id] = self._find(style_id)
        return self._styles[style_id]

    def _find(self, style_id: str) -> etree._Element | None:
        """Cut one style's element out of the part and parse it."""
        raw = self._raw
        found = raw.find(b'w:styleId="' + style_id.encode("utf-8") + b'"')
        start = raw.rfind(b"<w:style ", 0, found) if found >= 0 else -1
        if start < 0:
            return None
        tag_end = raw.find(b">", found)
        if raw[tag_end - 1 : tag_end] == b"/":
            end = tag_end + 1
        else:
            closing = raw.find(b"</w:style>", found)
            if closing < 0:
                return None
            end = closing + len(b"</w:style>")
        root = self._parse_fragment(raw[start:end])
        return root[0] if root is not None and len(root) else None

    def _chain(self, style_id: str | None):
        seen = 0
        while style_id and seen < _MAX_CHAIN:
            style = self._style(style_id)
            if style is None:
                return
            yield style
            based_on = style.find(self._w + "basedOn")
            style_id = based_on.get(self._w + "val") if based_on is not None else None
            seen += 1

    def _name(self, style_id: str | None) -> str:
        if not style_id:
            return ""
        key = ("name", style_id)
        if key not in self._cache:
            style = self._style(style_id)
            name = style.find(self._w + "name") if style is not None else None
            value = name.get(self._w + "val", "") if name is not None else style_id
            self._cache[key] = value.casefold()
        return self._cache[key]  # type: ignore[return-value]

    def _run_property(self, style_id: str | None, tag: str):
        """The first `w:rPr/<tag>` along the style's basedOn chain, or None."""
        for style in self._chain(style_id):
            properties = style.find(self._w + "rPr")
            if properties is not None:
                found = properties.find(self._w + tag)
                if found is not None:
                    return found
        return None

    def is_heading(self, style_id: str | None) -> bool:
        key = ("heading", style_id)
        if key not in self._cache:
            heading = False
            for style in self._chain(style_id):
                if _HEADING_NAME.match(self._name(style.get(self._w + "styleId"))):
                    heading = True
                    break
                outline = style.find(f"{self._w}pPr/{self._w}outlineLvl")
                if outline is not None and outline.get(self._w + "val") not in (None, "9"):
                    heading = True
                    break
            self._cache[key] = heading
        return self._cache[key]  # type: ignore[return-value]

    def is_list(self, style_id: str | None) -> bool:
        return "list" in self._name(style_id)

    def is_placeholder(self, style_id: str | None) -> bool:
        return self._name(style_id) == "placeholder text"

    def is_hyperlink(self, style_id: str | None) -> bool:
        return self._name(style_id) in ("hyperlink", "followedhyperlink")

    def colour(self, run_style: str | None, paragraph_style: str | None) -> str | None:
        """The colour a run shows without direct formatting: its character
        style's, else its paragraph style's, else the document default."""
        key = ("colour", run_style, paragraph_style)
        if key not in self._cache:
            value = self._default_colour
            for style_id in (run_style, paragraph_style):
                found = self._run_property(style_id, "color")
                if found is not None:
                    value = found.get(self._w + "val")
                    break
            self._cache[key] = value
        return self._cache[key]  # type: ignore[return-value]

    def bold(self, run_style: str | None, paragraph_style: str | None) -> bool:
        key = ("bold", run_style, paragraph_style)
        if key not in self._cache:
            value = self._default_bold
            for style_id in (run_style, paragraph_style):
                found = self._run_property(style_id, "b")
                if found is not None:
                    value = found.get(self._w + "val", "true") not in ("0", "false", "off")
                    break
            self._cache[key] = value
        return self._cache[key]  # type: ignore[return-value]
