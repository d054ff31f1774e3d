"""Reading a Word .docx into the neutral document model.

The zip and its XML are read directly with lxml rather than through
python-docx: python-docx hides content controls (drop-downs, date pickers,
checkboxes) and legacy form fields, where council templates keep their
answers, and it is an order of magnitude slower.

The parts are read through `package.Package`, which refuses entities,
DOCTYPEs and oversized parts.
"""

from __future__ import annotations

import re

from lxml import etree

from .document import (
    TICKED,
    UNTICKED,
    Block,
    Cell,
    Document,
    Paragraph,
    Row,
    Run,
    Table,
    UnreadableForm,
    normalise_colour,
    normalise_marks,
    typed_tables,
)
from .package import Package, parse_xml
from .styles import Styles

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")
_DC = "http://purl.org/dc/elements/1.1/"
_ALTERNATE_CONTENT = f"{{{MC}}}AlternateContent"

# Wingdings glyphs for boxes, as w:sym codes or as characters in a Wingdings run.
_WINGDINGS_TICKED = {0xF0FE, 0xF078, 0xF0FD, 0x00FE, 0x00FD, 0x0078, 0xF0FC, 0x00FC}
_WINGDINGS_EMPTY = {0xF0A8, 0xF06F, 0x00A8, 0x006F}


def read_docx(data: bytes) -> Document:
    """Return the document model of a .docx; raise UnreadableForm when the
    file is damaged, refused or too large."""
    with Package(data, "Word document") as package:
        root = package.xml(_main_part(package))
        namespace = etree.QName(root).namespace or ""
        styles_name = "word/styles.xml"
        styles_part = package.bytes(styles_name, whole=False) if styles_name in package.names else None
        styles = Styles(styles_part, namespace, parse_xml)
        body = root.find(f"{{{namespace}}}body")
        blocks = _BodyReader(namespace, styles).blocks(body) if body is not None else []
        titles = _titles(package, namespace, styles)
    return Document(blocks=typed_tables(blocks), titles=titles)


def _main_part(package: Package) -> str:
    if "_rels/.rels" in package.names:
        relationships = package.xml("_rels/.rels")
        for relationship in relationships.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
            target = relationship.get("Target", "").lstrip("/")
            if _OFFICE_DOCUMENT.search(relationship.get("Type", "")) and target in package.names:
                return target
    if "word/document.xml" in package.names:
        return "word/document.xml"
    raise UnreadableForm(package.damaged)


def _titles(package: Package, namespace: str, styles: Styles) -> list[str]:
    """The title property and the text of page headers and footers, which
    often carry the form's name ("Case File Audit Tool 2025")."""
    titles: list[str] = []
    if "docProps/core.xml" in package.names:
        core = package.xml("docProps/core.xml")
        title = core.findtext(f"{{{_DC}}}title")
        if title and title.strip():
            titles.append(title.strip())
    for name in sorted(package.names):
        if re.fullmatch(r"word/(header|footer)\d*\.xml", name):
            part = package.xml(name)
            reader = _BodyReader(namespace, styles)
            for block in reader.blocks(part):
                if isinstance(block, Paragraph) and block.text.strip():
                    titles.append(block.text.strip())
    return titles


class _BodyReader:
    """Walks a body (or header, cell, text box) in reading order."""

    def __init__(self, namespace: str, styles: Styles):
        self.styles = styles
        self._namespace = namespace
        self._w = f"{{{namespace}}}"
        self._placeholder = 0
        self._fields: list[dict] = []
        self._in_code = 0  # fields whose code (not yet their result) is being read
        self._boxes: list[Block] = []

    def _tag(self, name: str) -> str:
        return self._w + name

    def _val(self, element: etree._Element | None, default: str | None = None) -> str | None:
        if element is None:
            return default
        return element.get(self._w + "val", default)

    def _on(self, element: etree._Element | None) -> bool:
        """A toggle property (w:b, w:strike, ...) that is present and not off."""
        return element is not None and self._val(element, "true") not in ("0", "false", "off")

    # Blocks -------------------------------------------------------------

    def blocks(self, container: etree._Element) -> list[Block]:
        found: list[Block] = []
        w = self._w
        for child in container:
            tag = child.tag
            if tag == w + "p":
                found.append(self._paragraph(child))
                found.extend(self._boxes)
                self._boxes = []
            elif tag == w + "tbl":
                found.extend(self._table(child))
            elif tag == w + "sdt":
                with_placeholder = self._shows_placeholder(child)
                self._placeholder += with_placeholder
                content = child.find(w + "sdtContent")
                if content is not None:
                    found.extend(self.blocks(content))
                self._placeholder -= with_placeholder
            elif tag in (w + "customXml", w + "ins", w + "moveTo", w + "smartTag"):
                found.extend(self.blocks(child))
        return found

    def _shows_placeholder(self, sdt: etree._Element) -> int:
        properties = sdt.find(self._w + "sdtPr")
        if properties is None:
            return 0
        return int(self._on(properties.find(self._w + "showingPlcHdr")))

    # Paragraphs ---------------------------------------------------------

    def _paragraph(self, element: etree._Element) -> Paragraph:
        w = self._w
        style = None
        outlined = numbered = False
        properties = element.find(w + "pPr")
        for item in properties if properties is not None else ():
            if item.tag == w + "pStyle":
                style = item.get(w + "val")
            elif item.tag == w + "outlineLvl":
                outlined = item.get(w + "val", "9") != "9"
            elif item.tag == w + "numPr":
                numbered = True
        style = style or self.styles.default_paragraph
        heading = outlined or self.styles.is_heading(style)
        paragraph = Paragraph(heading=heading, list_item=numbered or self.styles.is_list(style))
        self._inline(element, paragraph.runs, style, link=False)
        # A field whose code never reached its result must not hide what follows.
        self._fields = [field for field in self._fields if field["phase"] == "result"]
        self._in_code = 0
        return paragraph

    def _inline(self, element: etree._Element, runs: list[Run], style: str | None, link: bool) -> None:
        w = self._w
        for child in element:
            tag = child.tag
            if tag == w + "r":
                self._run(child, runs, style, link)
            elif tag == w + "hyperlink":
                self._inline(child, runs, style, link=True)
            elif tag in (w + "ins", w + "moveTo", w + "smartTag", w + "customXml", w + "fldSimple", w + "dir", w + "bdo"):
                self._inline(child, runs, style, link)
            elif tag == w + "sdt":
                self._inline_control(child, runs, style, link)
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._inline(choice, runs, style, link)
            # w:del and w:moveFrom are deleted text; bookmarks, proofing marks
            # and paragraph properties hold no text.

    def _inline_control(self, sdt: etree._Element, runs: list[Run], style: str | None, link: bool) -> None:
        """A run-level content control: checkbox, drop-down, date picker or text."""
        w = self._w
        properties = sdt.find(w + "sdtPr")
        content = sdt.find(w + "sdtContent")
        if properties is not None:
            checkbox = properties.find(f"{{{W14}}}checkbox")
            if checkbox is not None:
                checked = checkbox.find(f"{{{W14}}}checked")
                value = checked.get(f"{{{W14}}}val", "0") if checked is not None else "0"
                formatted: list[Run] = []
                if content is not None:
                    self._inline(content, formatted, style, link)
                template = formatted[0] if formatted else Run("")
                mark = TICKED if value.strip().lower() in ("1", "true", "on") else UNTICKED
                runs.append(Run(mark, template.colour, template.bold, template.highlight))
                return
            picker = properties.find(w + "date")
            full_date = picker.get(w + "fullDate") if picker is not None else None
            if full_date and not self._shows_placeholder(sdt):
                formatted = []
                if content is not None:
                    self._inline(content, formatted, style, link)
                template = formatted[0] if formatted else Run("")
                runs.append(Run(full_date[:10], template.colour, template.bold, template.highlight))
                return
        if content is None:
            return
        with_placeholder = self._shows_placeholder(sdt)
        self._placeholder += with_placeholder
        self._inline(content, runs, style, link)
        self._placeholder -= with_placeholder

    def _run(self, element: etree._Element, runs: list[Run], style: str | None, link: bool) -> None:
        w = self._w
        run_style = direct_colour = highlight = shading = None
        direct_bold: bool | None = None
        strike = wingdings = hidden = False
        properties = element.find(w + "rPr")
        # One pass over the run's properties: a form has thousands of runs.
        for item in properties if properties is not None else ():
            tag = item.tag[len(w) :] if item.tag.startswith(w) else ""
            if tag == "vanish":
                hidden = self._on(item)  # hidden text is not part of the form as people see it
            elif tag == "rStyle":
                run_style = self._val(item)
            elif tag == "color":
                direct_colour = self._val(item, "auto")
            elif tag == "b":
                direct_bold = self._on(item)
            elif tag == "highlight":
                highlight = self._val(item)
            elif tag == "shd":
                shading = item.get(w + "fill")
            elif tag in ("strike", "dstrike"):
                strike = strike or self._on(item)
            elif tag == "rFonts":
                wingdings = any("wingdings" in value.lower() for value in item.attrib.values())
        if highlight in (None, "none"):
            highlight = shading if shading and shading.lower() != "auto" else None
        # The text is read even when it is dropped: it may open or close a field.
        text = self._run_text(element, wingdings)
        if not text or hidden or self._placeholder or self.styles.is_placeholder(run_style):
            return
        link = link or self.styles.is_hyperlink(run_style)
        colour = direct_colour if direct_colour is not None else self.styles.colour(run_style, style)
        bold = direct_bold if direct_bold is not None else self.styles.bold(run_style, style)
        runs.append(Run(text, normalise_colour(colour), bold, highlight, strike, link))

    def _run_text(self, element: etree._Element, wingdings: bool) -> str:
        w = self._w
        parts: list[str] = []
        for child in element:
            tag = child.tag
            if tag == w + "t":
                if not self._in_code and child.text:
                    parts.append(_wingdings_marks(child.text) if wingdings else child.text)
            elif tag == w + "fldChar":
                parts.append(self._field_char(child))
            elif tag == w + "instrText":
                if self._fields and self._fields[-1]["phase"] == "code":
                    self._fields[-1]["code"] += child.text or ""
            elif self._in_code:
                continue
            elif tag == w + "tab" or tag == w + "ptab":
                parts.append("\t")
            elif tag == w + "br" or tag == w + "cr":
                parts.append("\n")
            elif tag == w + "noBreakHyphen":
                parts.append("-")
            elif tag == w + "sym":
                parts.append(_symbol(child.get(w + "char", "")))
            elif tag == w + "drawing" or tag == w + "pict" or tag == _ALTERNATE_CONTENT:
                self._text_boxes(child)
        return normalise_marks("".join(parts)) if parts else ""

    def _field_char(self, element: etree._Element) -> str:
        """Follow a complex field; return the text a legacy form field shows."""
        w = self._w
        kind = element.get(w + "fldCharType")
        if kind == "begin":
            self._fields.append({"phase": "code", "code": "", "data": element.find(w + "ffData")})
            self._in_code += 1
        elif kind == "separate" and self._fields and self._fields[-1]["phase"] == "code":
            self._fields[-1]["phase"] = "result"
            self._in_code -= 1
        elif kind == "end" and self._fields:
            field = self._fields.pop()
            if field["phase"] == "code":
                self._in_code -= 1
            if not self._in_code:
                return self._form_field_value(field)
        return ""

    def _form_field_value(self, field: dict) -> str:
        """The value of a legacy FORMCHECKBOX or FORMDROPDOWN field.

        FORMTEXT needs nothing here: its result runs are its value and are
        read as ordinary text.
        """
        w = self._w
        data = field["data"]
        if data is None:
            return ""
        checkbox = data.find(w + "checkBox")
        if checkbox is not None:
            checked = checkbox.find(w + "checked")
            if checked is None:
                checked = checkbox.find(w + "default")
                return TICKED if checked is not None and self._val(checked, "0") in ("1", "true", "on") else UNTICKED
            return TICKED if self._on(checked) else UNTICKED
        choices = data.find(w + "ddList")
        if choices is not None:
            entries = [self._val(entry, "") for entry in choices.findall(w + "listEntry")]
            chosen = choices.find(w + "result")
            if chosen is None:
                chosen = choices.find(w + "default")
            try:
                index = int(self._val(chosen, "0") or 0)
            except ValueError:
                index = 0
            return entries[index] if 0 <= index < len(entries) else ""
        return ""

    def _text_boxes(self, element: etree._Element) -> None:
        """Text boxes are read after the paragraph that anchors them."""
        if element.tag == f"{{{MC}}}AlternateContent":
            choice = element.find(f"{{{MC}}}Choice")
            if choice is None:
                return
            element = choice
        for content in element.iter(self._w + "txbxContent"):
            if any(ancestor.tag == self._w + "txbxContent" for ancestor in content.iterancestors()):
                continue
            self._boxes.extend(_BodyReader(self._namespace, self.styles).blocks(content))

    # Tables -------------------------------------------------------------

    def _children(self, container: etree._Element, tag: str):
        """The `tag` children (rows of a table, cells of a row), looking
        inside the content controls and custom XML that may wrap them."""
        w = self._w
        for child in container:
            if child.tag == tag:
                yield child
            elif child.tag in (w + "sdt", w + "customXml"):
                content = child.find(w + "sdtContent") if child.tag == w + "sdt" else child
                if content is not None:
                    yield from self._children(content, tag)

    def _table(self, element: etree._Element) -> list[Block]:
        """A table, flattened: a row holding a nested table is lifted out, its
        cells' paragraphs and tables becoming blocks in reading order between
        the rows before and after it."""
        w = self._w
        blocks: list[Block] = []
        rows: list[Row] = []
        for row_element in self._children(element, self._w + "tr"):
            properties = row_element.find(w + "trPr")
            if properties is not None and properties.find(w + "del") is not None:
                continue  # a row deleted with track changes on
            header = properties is not None and self._on(properties.find(w + "tblHeader"))
            before = properties.find(w + "gridBefore") if properties is not None else None
            column = _int(self._val(before), 0)
            cells: list[Cell] = []
            contents: list[list[Block]] = []
            for cell_element in self._children(row_element, self._w + "tc"):
                span, continuation, shading = 1, False, None
                cell_properties = cell_element.find(w + "tcPr")
                for item in cell_properties if cell_properties is not None else ():
                    if item.tag == w + "gridSpan":
                        span = max(1, _int(self._val(item), 1))
                    elif item.tag == w + "vMerge":
                        continuation = self._val(item, "continue") != "restart"
                    elif item.tag == w + "hMerge" and self._val(item, "continue") != "restart":
                        continuation = None  # a legacy horizontal merge: the cell is not there
                    elif item.tag == w + "shd":
                        fill = item.get(w + "fill")
                        shading = None if not fill or fill.lower() in ("auto", "ffffff") else fill.upper()
                if continuation is None:
                    column += span
                    continue
                content = [] if continuation else self.blocks(cell_element)
                paragraphs = [block for block in content if isinstance(block, Paragraph)]
                cells.append(Cell(paragraphs, column, span, shading))
                contents.append(content)
                column += span
            if any(isinstance(block, Table) for content in contents for block in content):
                if rows:
                    blocks.append(Table(rows))
                    rows = []
                for content in contents:
                    blocks.extend(content)
                continue
            rows.append(Row(cells, header))
        if rows:
            blocks.append(Table(rows))
        return blocks


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _symbol(code: str) -> str:
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if value in _WINGDINGS_TICKED:
        return TICKED
    if value in _WINGDINGS_EMPTY:
        return UNTICKED
    if value >= 0xF000:
        return ""  # another symbol-font glyph with no meaning as text
    return chr(value)


def _wingdings_marks(text: str) -> str:
    """Characters typed in a Wingdings font: only the box glyphs mean anything."""
    marks = []
    for character in text:
        if ord(character) in _WINGDINGS_TICKED:
            marks.append(TICKED)
        elif ord(character) in _WINGDINGS_EMPTY:
            marks.append(UNTICKED)
    return "".join(marks)
