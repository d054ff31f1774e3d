"""Builders for form fixtures: Word documents and Excel workbooks made in
code, with content controls and legacy form fields where a test needs them.

All names and case IDs are invented.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from bot.forms import load_definitions

CONFIG = Path(__file__).resolve().parents[1] / "config" / "forms.yaml"
W = nsdecls("w")
W_W14 = nsdecls("w", "w14")

_definitions = None


def definitions():
    """The repository's config/forms.yaml, loaded once."""
    global _definitions
    if _definitions is None:
        _definitions = load_definitions(CONFIG)
    return _definitions


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.upper())


class DocxForm:
    """A Word form built step by step; `bytes()` gives the .docx."""

    def __init__(self, heading: str | None = "Full Case File Audit", title_property: str | None = None):
        self.document = docx.Document()
        if title_property is not None:
            self.document.core_properties.title = title_property
        if heading:
            self.document.add_heading(heading, 1)

    def heading(self, text: str, level: int = 2):
        return self.document.add_heading(text, level)

    def paragraph(self, text: str = "", colour: str | None = None, bold: bool = False, style: str | None = None):
        paragraph = self.document.add_paragraph(style=style)
        if text:
            add_run(paragraph, text, colour, bold)
        return paragraph

    def bullets(self, *items: str):
        for item in items:
            self.paragraph(item, style="List Bullet")

    def table(self, rows: Sequence[Sequence[str | None]]):
        """A table with one row per item; None leaves a cell empty."""
        width = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        for row_index, row in enumerate(rows):
            for column, text in enumerate(row):
                if text:
                    table.cell(row_index, column).text = text
        return table

    def bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def add_run(paragraph, text: str, colour: str | None = None, bold: bool = False, highlight: bool = False):
    run = paragraph.add_run(text)
    if colour:
        run.font.color.rgb = _rgb(colour)
    if bold:
        run.bold = True
    if highlight:
        from docx.enum.text import WD_COLOR_INDEX

        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return run


def cell_paragraph(table, row: int, column: int):
    """The first paragraph of a cell, emptied, to add controls to."""
    cell = table.cell(row, column)
    paragraph = cell.paragraphs[0]
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    return paragraph


def add_xml(paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml))


def checkbox_control(checked: bool, value: str | None = None) -> str:
    """A Word content-control checkbox (w14:checkbox)."""
    state = value if value is not None else ("1" if checked else "0")
    glyph = "\u2612" if checked else "\u2610"
    return (
        f"<w:sdt {W_W14}><w:sdtPr><w14:checkbox><w14:checked w14:val=\"{state}\"/></w14:checkbox></w:sdtPr>"
        f"<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def dropdown_control(shown: str, placeholder: bool = False, items: Iterable[str] = ("Outstanding", "Good")) -> str:
    """A drop-down list content control showing `shown`."""
    entries = "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>' for item in items)
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f"<w:sdt {W}><w:sdtPr>{flag}<w:dropDownList>{entries}</w:dropDownList></w:sdtPr>"
        f"<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def combo_control(shown: str) -> str:
    return (
        f"<w:sdt {W}><w:sdtPr><w:comboBox><w:listItem w:displayText=\"Yes\" w:value=\"Yes\"/></w:comboBox></w:sdtPr>"
        f"<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def date_control(full_date: str, shown: str, placeholder: bool = False) -> str:
    """A date-picker content control."""
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f"<w:sdt {W}><w:sdtPr>{flag}<w:date w:fullDate=\"{full_date}\"><w:dateFormat w:val=\"dd/MM/yyyy\"/></w:date></w:sdtPr>"
        f"<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _field(data: str, instruction: str, result: str = "") -> list[str]:
    runs = [
        f"<w:r {W}><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"F\"/>{data}</w:ffData></w:fldChar></w:r>",
        f"<w:r {W}><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>",
    ]
    if result:
        runs.append(f"<w:r {W}><w:fldChar w:fldCharType=\"separate\"/></w:r>")
        runs.append(f"<w:r {W}><w:t xml:space=\"preserve\">{result}</w:t></w:r>")
    runs.append(f"<w:r {W}><w:fldChar w:fldCharType=\"end\"/></w:r>")
    return runs


def add_legacy_checkbox(paragraph, checked: bool, by_default: bool = False) -> None:
    """A legacy FORMCHECKBOX field, ticked by w:checked or by w:default."""
    if by_default:
        state = f"<w:default w:val=\"{'1' if checked else '0'}\"/>"
    else:
        state = "<w:default w:val=\"0\"/>" + ("<w:checked/>" if checked else "")
    for xml in _field(f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox>", "FORMCHECKBOX"):
        add_xml(paragraph, xml)


def add_legacy_text(paragraph, value: str) -> None:
    """A legacy FORMTEXT field whose result is `value`."""
    for xml in _field("<w:textInput/>", "FORMTEXT", value):
        add_xml(paragraph, xml)


def add_legacy_dropdown(paragraph, entries: Sequence[str], chosen: int) -> None:
    items = "".join(f"<w:listEntry w:val=\"{entry}\"/>" for entry in entries)
    for xml in _field(f"<w:ddList><w:result w:val=\"{chosen}\"/>{items}</w:ddList>", "FORMDROPDOWN"):
        add_xml(paragraph, xml)


def add_symbol(paragraph, code: str) -> None:
    """A Wingdings glyph inserted with Insert > Symbol (w:sym)."""
    add_xml(paragraph, f"<w:r {W}><w:sym w:font=\"Wingdings\" w:char=\"{code}\"/></w:r>")


def xlsx_bytes(sheets: dict[str, Sequence[Sequence[object]]], colours: dict[tuple[str, int, int], str] | None = None, title: str | None = None) -> bytes:
    """A workbook with one sheet per item; `colours` maps (sheet, row, column),
    counted from 1, to a font colour."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    for (name, row, column), colour in (colours or {}).items():
        workbook[name].cell(row, column).font = Font(color=colour)
    if title:
        workbook.properties.title = title
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_with_headings(rows: Sequence[Sequence[object]], headings: set[int],
                       fills: dict[tuple[int, int], str] | None = None) -> bytes:
    """A one-sheet workbook, the rows numbered in `headings` (from 1) in
    bold on a yellow fill, as a council prints its titles and labels;
    `fills` gives a cell (row, column) a fill of its own."""
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    for number in headings:
        for cell in sheet[number]:
            if cell.value is not None:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="FFF2CC")
    for (row, column), colour in (fills or {}).items():
        sheet.cell(row, column).fill = PatternFill("solid", fgColor=colour)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


CONTRACT_KEYS = ("form", "case_id", "auditor", "practitioner", "team", "service", "date", "grade",
                 "moderated_grade", "final_grade", "section_grades", "urgent_concern")


def assert_reads_as_expected(sample, parsed) -> dict:
    """`parsed` (a ParsedForm) says what the sample form's `expected()` says,
    and carries none of its `personal_data()`; returns the parsed JSON."""
    import json

    expected = sample.expected()
    result = parsed.to_json()
    assert result["ok"], result["errors"]
    assert {key: result[key] for key in CONTRACT_KEYS} == {key: expected[key] for key in CONTRACT_KEYS}
    assert [action["due"] for action in result["actions"]] == expected["action_due_dates"]
    assert len(result["strengths"]) == expected["strength_count"]
    assert len(result["development_areas"]) == expected["development_area_count"]
    assert bool(result["moderator_comments"] or result["moderated_grade"]) == expected["moderated"]
    assert {key: result["extra"].get(key) for key in expected["extra"]} == expected["extra"]
    text = json.dumps(result, ensure_ascii=False)
    for item in sample.personal_data():
        assert item not in text, f"personal data {item!r} in the output"
    return result


LABEL_FILL = "E7E6E6"
OPTION_FILL = "F2F2F2"
INK = "0070C0"


@dataclass(frozen=True)
class Printed:
    """A cell printed as the form's own words: bold, on a fill (or none)."""

    text: str
    fill: str | None = LABEL_FILL


@dataclass(frozen=True)
class Filled:
    """A cell shaded in: left empty, a mark made with the fill colour; or a
    box on the form's fill with `text` written in it."""

    fill: str = "FFD966"
    text: str | None = None


@dataclass(frozen=True)
class Ink:
    """A cell typed in the Head of Service's own colour."""

    text: str


@dataclass(frozen=True)
class Struck:
    """A cell's words struck through: an option not chosen."""

    text: str


def styled_workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    """A workbook whose cells are printed as `Printed`, `Filled`, `Ink` and
    `Struck` say; other values are written plain."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for number, row in enumerate(rows, 1):
            for column, value in enumerate(row, 1):
                cell = sheet.cell(number, column)
                if isinstance(value, Printed):
                    cell.value = value.text
                    cell.font = Font(bold=True)
                    if value.fill:
                        cell.fill = PatternFill("solid", fgColor=value.fill)
                elif isinstance(value, Filled):
                    cell.value = value.text
                    cell.fill = PatternFill("solid", fgColor=value.fill)
                elif isinstance(value, Ink):
                    cell.value = value.text
                    cell.font = Font(color=INK)
                elif isinstance(value, Struck):
                    cell.value = value.text
                    cell.font = Font(strike=True)
                else:
                    cell.value = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
