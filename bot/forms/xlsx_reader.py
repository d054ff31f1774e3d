"""Reading an Excel .xlsx form into the neutral document model.

Each visible sheet becomes tables of rows (its name goes to the document's
titles); a fully empty row ends one table and a later row starts the next. Empty cells are
left out of a row but every cell keeps its column, so a header row still
lines up with the values under it. Cell values read as people see them:
whole numbers without ".0" (case IDs are often stored as numbers), dates as
ISO dates, TRUE/FALSE as Yes/No.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time

from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.styles.colors import COLOR_INDEX

from .document import Cell, Document, Paragraph, Row, Run, Table, UnreadableForm, normalise_colour, normalise_marks
from .package import Package

# Forms are small; a sheet far bigger is formatting run wild, not answers.
MAX_ROWS = 2000
MAX_COLUMNS = 60



def read_xlsx(data: bytes) -> Document:
    """Return the document model of an .xlsx; raise UnreadableForm when the
    workbook is damaged or carries a DOCTYPE or ENTITY declaration."""
    with Package(data, "Excel workbook") as package:
        for name in package.names:
            if name.endswith((".xml", ".rels")):
                package.bytes(name)  # refuses DOCTYPE/ENTITY declarations and oversized parts
        damaged = package.damaged
    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True, rich_text=True)
    except Exception:  # openpyxl raises many kinds of error for a damaged file
        raise UnreadableForm(damaged) from None
    document = Document()
    if workbook.properties.title:
        document.titles.append(workbook.properties.title)
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        document.titles.append(sheet.title)
        document.blocks.extend(_sheet_blocks(sheet))
    return document


def _sheet_blocks(sheet) -> list[Table]:
    merged_away = set()
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                if (row, column) != (merged.min_row, merged.min_col):
                    merged_away.add((row, column))
    spans = {(merged.min_row, merged.min_col): merged.max_col - merged.min_col + 1 for merged in sheet.merged_cells.ranges}
    tables: list[Table] = []
    rows: list[Row] = []
    last_row = min(sheet.max_row, MAX_ROWS)
    last_column = min(sheet.max_column, MAX_COLUMNS)
    for cells in sheet.iter_rows(min_row=1, max_row=last_row, max_col=last_column):
        row = Row()
        for cell in cells:
            if (cell.row, cell.column) in merged_away or cell.value is None:
                continue
            paragraphs = _paragraphs(cell)
            if not any(paragraph.text.strip() for paragraph in paragraphs):
                continue
            fill = cell.fill.fgColor if cell.fill is not None and cell.fill.fill_type == "solid" else None
            row.cells.append(
                Cell(paragraphs, cell.column - 1, spans.get((cell.row, cell.column), 1), _colour(fill))
            )
        if row.cells:
            rows.append(row)
        elif rows:
            tables.append(Table(rows))
            rows = []
    if rows:
        tables.append(Table(rows))
    return tables


def _paragraphs(cell) -> list[Paragraph]:
    """A cell's text as paragraphs (one per line), keeping rich-text colours."""
    value = cell.value
    font_colour = _colour(cell.font.color) if cell.font is not None else None
    bold = bool(cell.font is not None and cell.font.b)
    if isinstance(value, CellRichText):
        pieces = []
        for part in value:
            if isinstance(part, TextBlock):
                font = part.font
                colour = _colour(font.color) if font is not None and font.color is not None else font_colour
                pieces.append((part.text, colour, bool(font.b) if font is not None and font.b is not None else bold))
            else:
                pieces.append((str(part), font_colour, bold))
    else:
        pieces = [(_text(value), font_colour, bold)]
    paragraphs = [Paragraph()]
    for text, colour, is_bold in pieces:
        for index, line in enumerate(normalise_marks(text).split("\n")):
            if index:
                paragraphs.append(Paragraph())
            if line:
                paragraphs[-1].runs.append(Run(line, colour, is_bold))
    return paragraphs


def _text(value) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return re.sub(r"\r\n?", "\n", str(value))


def _colour(color) -> str | None:
    """An openpyxl colour as RRGGBB, or None for the default (black,
    automatic, or the theme's dark text colour)."""
    if color is None:
        return None
    kind = getattr(color, "type", None)
    if kind == "rgb" and isinstance(color.rgb, str):
        return normalise_colour(color.rgb)
    if kind == "indexed" and isinstance(color.indexed, int) and color.indexed < len(COLOR_INDEX):
        return normalise_colour(COLOR_INDEX[color.indexed])
    if kind == "theme" and color.theme == 0:
        return "FFFFFF"  # the theme's light text colour, as on a shaded header
    if kind == "theme" and color.theme != 1:
        # Accent colours: a stable key per theme slot (1 is the dark text colour).
        return f"THEME{color.theme}"
    return None
