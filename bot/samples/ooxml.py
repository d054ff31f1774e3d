"""Word XML that python-docx has no API for, written the way Word writes it.

Content controls (`w:sdt`: check boxes, drop-down lists, date pickers, plain
and rich text), Word 97-2003 form fields (FORMTEXT, FORMCHECKBOX,
FORMDROPDOWN), check-box glyphs, cell shading, form protection, and a zip
repack that makes a saved file byte-stable. Elements are created in place
with `etree.SubElement` so they take the document's own namespace prefixes.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.run import Run
from lxml import etree

CHECKED_BOX = "\u2612"  # ☒, as Word's check-box content control draws it
UNCHECKED_BOX = "\u2610"  # ☐
# A blank FORMTEXT shows five en spaces until someone types in it.
BLANK_FORM_TEXT = "\u2002" * 5
PLACEHOLDER_STYLE = "PlaceholderText"
# Word's built-in placeholder building blocks, as referenced by new controls.
_PLACEHOLDER_PARTS = {
    "text": "DefaultPlaceholder_-1854013440",
    "list": "DefaultPlaceholder_-1854013438",
    "date": "DefaultPlaceholder_-1854013437",
}
PLACEHOLDER_TEXTS = {
    "text": "Click or tap here to enter text.",
    "list": "Choose an item.",
    "date": "Click or tap to enter a date.",
}
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def sub(parent: etree._Element, tag: str, attributes: dict[str, str] | None = None) -> etree._Element:
    """Append and return a `prefix:name` child with `prefix:name` attributes."""
    element = etree.SubElement(parent, qn(tag))
    for name, value in (attributes or {}).items():
        element.set(qn(name), str(value))
    return element


def text_run(
    parent: etree._Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    colour: str | None = None,
    font: str | None = None,
) -> Run:
    """Append a run to any run container (a paragraph, `w:sdtContent`,
    `w:hyperlink`); newlines become `w:br`, as Word stores Shift+Enter."""
    run = Run(sub(parent, "w:r"), None)  # type: ignore[arg-type]
    run.text = text
    style_run(run, bold=bold, italic=italic, colour=colour, font=font)
    return run


def style_run(
    run: Run, *, bold: bool = False, italic: bool = False, colour: str | None = None, font: str | None = None
) -> None:
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)
    if font:
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        for slot in ("w:ascii", "w:eastAsia", "w:hAnsi"):
            fonts.set(qn(slot), font)
        fonts.set(qn("w:hint"), "eastAsia")


def shade(cell_element: etree._Element, fill: str) -> None:
    """Give a table cell (`w:tc`) a solid background colour."""
    properties = cell_element.get_or_add_tcPr()
    shading = properties.makeelement(
        qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}
    )
    # Schema order: w:shd comes before these, after width, span and borders.
    later = {
        qn(f"w:{name}") for name in ("noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
    }
    following = next((child for child in properties if child.tag in later), None)
    if following is None:
        properties.append(shading)
    else:
        following.addprevious(shading)


def glyph(
    parent: etree._Element, checked: bool, *, wingdings: bool = False, colour: str | None = None
) -> None:
    """Append a typed check-box character: ☒/☐ in MS Gothic, or the
    Wingdings box symbols (þ/¨) that Insert > Symbol stores as `w:sym`."""
    if not wingdings:
        text_run(parent, CHECKED_BOX if checked else UNCHECKED_BOX, colour=colour, font="MS Gothic")
        return
    run = sub(parent, "w:r")
    if colour:
        style_run(Run(run, None), colour=colour)  # type: ignore[arg-type]
    sub(run, "w:sym", {"w:font": "Wingdings", "w:char": "F0FE" if checked else "F0A8"})


class ControlIds:
    """Hands out the identifiers Word gives controls and bookmarks: random
    signed 32-bit `w:id`s for content controls, counting ones for bookmarks
    and Word's Text1/Check1/Dropdown1 field names."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._counts: dict[str, int] = {}

    def sdt(self) -> str:
        return str(self._rng.randint(-(2**31), 2**31 - 1))

    def next(self, kind: str) -> int:
        self._counts[kind] = self._counts.get(kind, 0) + 1
        return self._counts[kind]


# --- content controls -----------------------------------------------------


def _sdt(parent: etree._Element, ids: ControlIds, *, alias: str | None, colour: str | None = None):
    """Start a `w:sdt`; return (sdt, sdtPr). Word writes the control's run
    formatting first in `w:sdtPr`, then alias, tag and id."""
    sdt = sub(parent, "w:sdt")
    properties = sub(sdt, "w:sdtPr")
    if colour:
        sub(sub(properties, "w:rPr"), "w:color", {"w:val": colour})
    if alias:
        sub(properties, "w:alias", {"w:val": alias})
        sub(properties, "w:tag", {"w:val": alias.lower().replace(" ", "_")})
    sub(properties, "w:id", {"w:val": ids.sdt()})
    return sdt, properties


def _content(sdt: etree._Element) -> etree._Element:
    sub(sdt, "w:sdtEndPr")
    return sub(sdt, "w:sdtContent")


def _placeholder(properties: etree._Element, kind: str, showing: bool) -> None:
    sub(sub(properties, "w:placeholder"), "w:docPart", {"w:val": _PLACEHOLDER_PARTS[kind]})
    if showing:
        sub(properties, "w:showingPlcHdr")


def _placeholder_run(content: etree._Element, kind: str) -> None:
    run = sub(content, "w:r")
    sub(sub(run, "w:rPr"), "w:rStyle", {"w:val": PLACEHOLDER_STYLE})
    sub(run, "w:t").text = PLACEHOLDER_TEXTS[kind]


def content_checkbox(
    paragraph: etree._Element, checked: bool, ids: ControlIds, *, colour: str | None = None
) -> None:
    """Append a check-box content control (`w14:checkbox`) showing ☒ or ☐."""
    sdt, properties = _sdt(paragraph, ids, alias=None, colour=colour)
    box = sub(properties, "w14:checkbox")
    sub(box, "w14:checked", {"w14:val": "1" if checked else "0"})
    sub(box, "w14:checkedState", {"w14:val": "2612", "w14:font": "MS Gothic"})
    sub(box, "w14:uncheckedState", {"w14:val": "2610", "w14:font": "MS Gothic"})
    glyph(_content(sdt), checked, colour=colour)


def content_dropdown(
    parent: etree._Element,
    items: tuple[str, ...],
    selected: str | None,
    ids: ControlIds,
    *,
    alias: str | None = None,
    colour: str | None = None,
    word_2010_first_item: bool = False,
) -> etree._Element:
    """Append a drop-down list control to `parent` (a paragraph, or a table
    row when the control wraps a whole cell). It shows `selected`, or the
    "Choose an item." placeholder when None. Return `w:sdtContent`, so a
    caller wrapping a cell can move the cell into it. Word 2010 wrote the
    prompt item without display text; later versions write it with an empty
    value."""
    sdt, properties = _sdt(parent, ids, alias=alias, colour=colour)
    _placeholder(properties, "list", selected is None)
    choices = sub(properties, "w:dropDownList")
    prompt = PLACEHOLDER_TEXTS["list"]
    if word_2010_first_item:
        sub(choices, "w:listItem", {"w:value": prompt})
    else:
        sub(choices, "w:listItem", {"w:displayText": prompt, "w:value": ""})
    for item in items:
        sub(choices, "w:listItem", {"w:displayText": item, "w:value": item})
    content = _content(sdt)
    if parent.tag != qn("w:tr"):
        if selected is None:
            _placeholder_run(content, "list")
        else:
            text_run(content, selected, colour=colour)
    return content


def content_date(
    paragraph: etree._Element,
    value: date | None,
    shown: str,
    word_format: str,
    ids: ControlIds,
    *,
    alias: str | None = None,
    colour: str | None = None,
) -> None:
    """Append a date-picker control: `w:fullDate` holds the date picked,
    the content the text Word shows for it in `word_format`."""
    sdt, properties = _sdt(paragraph, ids, alias=alias, colour=colour)
    _placeholder(properties, "date", value is None)
    picker = sub(properties, "w:date")
    if value is not None:
        picker.set(qn("w:fullDate"), f"{value.isoformat()}T00:00:00Z")
    sub(picker, "w:dateFormat", {"w:val": word_format})
    sub(picker, "w:lid", {"w:val": "en-GB"})
    sub(picker, "w:storeMappedDataAs", {"w:val": "dateTime"})
    sub(picker, "w:calendar", {"w:val": "gregorian"})
    content = _content(sdt)
    if value is None:
        _placeholder_run(content, "date")
    else:
        text_run(content, shown, colour=colour)


def content_text(
    paragraph: etree._Element,
    text: str | None,
    ids: ControlIds,
    *,
    alias: str | None = None,
    colour: str | None = None,
) -> None:
    """Append an inline plain-text control (`w:text`). None leaves it
    showing its placeholder."""
    sdt, properties = _sdt(paragraph, ids, alias=alias, colour=colour)
    _placeholder(properties, "text", text is None)
    sub(properties, "w:text")
    content = _content(sdt)
    if text is None:
        _placeholder_run(content, "text")
    else:
        text_run(content, text, colour=colour)


def rich_text_block(
    cell_element: etree._Element, paragraphs: list[list[tuple[str, str | None]]], ids: ControlIds
) -> None:
    """Fill a table cell with a block-level rich-text control (no type
    element in `w:sdtPr`) holding one `w:p` per entry of `paragraphs`, each
    a list of (text, colour) runs. An empty list leaves the control showing
    its placeholder."""
    for empty in cell_element.findall(qn("w:p")):
        cell_element.remove(empty)
    sdt, properties = _sdt(cell_element, ids, alias=None)
    _placeholder(properties, "text", not paragraphs)
    content = _content(sdt)
    if not paragraphs:
        _placeholder_run(sub(content, "w:p"), "text")
    for runs in paragraphs:
        paragraph = sub(content, "w:p")
        for text, colour in runs:
            text_run(paragraph, text, colour=colour)


def wrap_cell(row: etree._Element, cell_element: etree._Element, content: etree._Element) -> None:
    """Move a cell into a cell-level control's content, as Word does when a
    control is inserted with the whole cell selected."""
    sdt = content.getparent()
    row.remove(sdt)
    cell_element.addprevious(sdt)
    content.append(cell_element)


def add_placeholder_style(document: Document) -> None:
    """Add Word's "Placeholder Text" character style (grey), which the runs
    of untouched controls use."""
    style = document.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    style.hidden = False
    style.element.set(qn("w:styleId"), PLACEHOLDER_STYLE)


# --- Word 97-2003 form fields ---------------------------------------------


def _field_begin(paragraph: etree._Element, name: str, ids: ControlIds) -> tuple[int, etree._Element]:
    """Open a form field with its bookmark; return (bookmark id, ffData)."""
    bookmark = ids.next("bookmark")
    sub(paragraph, "w:bookmarkStart", {"w:id": str(bookmark), "w:name": name})
    begin = sub(sub(paragraph, "w:r"), "w:fldChar", {"w:fldCharType": "begin"})
    data = sub(begin, "w:ffData")
    sub(data, "w:name", {"w:val": name})
    sub(data, "w:enabled")
    sub(data, "w:calcOnExit", {"w:val": "0"})
    return bookmark, data


def _field_end(
    paragraph: etree._Element, instruction: str, bookmark: int, result: list[str] | None, colour: str | None
) -> None:
    instruction_text = sub(sub(paragraph, "w:r"), "w:instrText")
    instruction_text.text = f" {instruction} "
    instruction_text.set(qn("xml:space"), "preserve")
    if result is not None:
        sub(sub(paragraph, "w:r"), "w:fldChar", {"w:fldCharType": "separate"})
        run = text_run(paragraph, "\n".join(result), colour=colour)
        run._r.get_or_add_rPr().get_or_add_noProof()
    sub(sub(paragraph, "w:r"), "w:fldChar", {"w:fldCharType": "end"})
    sub(paragraph, "w:bookmarkEnd", {"w:id": str(bookmark)})


def form_text(
    paragraph: etree._Element,
    lines: list[str] | None,
    ids: ControlIds,
    *,
    date_format: str | None = None,
    colour: str | None = None,
) -> None:
    """Append a FORMTEXT field whose result is `lines` (joined by line
    breaks), or the five en spaces of a blank field when None."""
    bookmark, data = _field_begin(paragraph, f"Text{ids.next('Text')}", ids)
    text_input = sub(data, "w:textInput")
    if date_format:
        sub(text_input, "w:type", {"w:val": "date"})
        sub(text_input, "w:format", {"w:val": date_format})
    if lines:
        _field_end(paragraph, "FORMTEXT", bookmark, lines, colour)
    else:
        _field_end(paragraph, "FORMTEXT", bookmark, [BLANK_FORM_TEXT], None)


def form_checkbox(
    paragraph: etree._Element, checked: bool, ids: ControlIds, *, default: bool = False
) -> None:
    """Append a FORMCHECKBOX. Its state is `w:checked` when present, else
    `w:default`; a box whose default is ticked but which was unticked
    carries `w:checked w:val="0"`. A check box has no result text."""
    bookmark, data = _field_begin(paragraph, f"Check{ids.next('Check')}", ids)
    box = sub(data, "w:checkBox")
    sub(box, "w:sizeAuto")
    sub(box, "w:default", {"w:val": "1" if default else "0"})
    if checked != default:
        sub(box, "w:checked", {} if checked else {"w:val": "0"})
    _field_end(paragraph, "FORMCHECKBOX", bookmark, None, None)


def form_dropdown(
    paragraph: etree._Element, entries: tuple[str, ...], selected: int, ids: ControlIds
) -> None:
    """Append a FORMDROPDOWN showing `entries[selected]`; the XML holds only
    the index (`w:result`, absent for the first entry) and the entries."""
    bookmark, data = _field_begin(paragraph, f"Dropdown{ids.next('Dropdown')}", ids)
    choices = sub(data, "w:ddList")
    if selected:
        sub(choices, "w:result", {"w:val": str(selected)})
    for entry in entries:
        sub(choices, "w:listEntry", {"w:val": entry})
    _field_end(paragraph, "FORMDROPDOWN", bookmark, None, None)


def protect_for_forms(document: Document) -> None:
    """Restrict editing to filling in forms, as a legacy form is sent out.
    `w:documentProtection` must come before `w:defaultTabStop`."""
    settings = document.settings.element
    protection = settings.makeelement(
        qn("w:documentProtection"), {qn("w:edit"): "forms", qn("w:enforcement"): "1"}
    )
    settings.find(qn("w:defaultTabStop")).addprevious(protection)


# --- saving -----------------------------------------------------------------


def stable_zip(data: bytes) -> bytes:
    """Return the same package with every entry's timestamp fixed, so that
    saving the same document twice gives the same bytes."""
    output = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()
