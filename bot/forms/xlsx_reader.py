"""Reading an Excel .xlsx form into the neutral document model.

Each visible sheet becomes tables of rows (its name goes to the document's
titles); a fully empty row ends one table and a later row starts the next. Empty cells are
left out of a row but every cell keeps its column, so a header row still
lines up with the values under it. Cell values read as people see them:
whole numbers without ".0" (case IDs are often stored as numbers), dates as
ISO dates, TRUE/FALSE as Yes/No.

openpyxl parses the workbook's XML itself: with lxml for most parts (entities
not resolved) and with defusedxml for the sheets and shared strings, which
refuses entities and external references. defusedxml is a requirement; if
openpyxl is not using it (not installed, or OPENPYXL_DEFUSEDXML=False) no
workbook is read. Before openpyxl sees the file, `inspect_archive` has checked
the caps and refused any part declaring a DOCTYPE or ENTITY.
"""

from __future__ import annotations

import io
import logging
import re
from datetime import date, datetime, time

from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.styles.colors import COLOR_INDEX
from openpyxl.xml import DEFUSEDXML
from openpyxl.xml.functions import iterparse as _openpyxl_iterparse

from .document import Cell, Document, Paragraph, Row, Run, Table, UnreadableForm, normalise_colour, normalise_marks
from .package import MAX_PART_BYTES, TOO_LARGE, FileLimits, Package, inspect_archive

log = logging.getLogger(__name__)

_CROSSES = ("\u2717", "\u2718")  # ✗ ✘
# Forms are small; a sheet far bigger is formatting run wild, not answers.
MAX_ROWS = 2000
MAX_COLUMNS = 60

# Checked once, at import: the parser openpyxl will use for sheets.
SAFE_XML = DEFUSEDXML and _openpyxl_iterparse.__module__.startswith("defusedxml")
UNSAFE_SETUP = (
    "The bot cannot read Excel workbooks safely on this computer at the moment, so it did not open this one. "
    "The QA team will record it by hand; there is no need to send it again."
)
if not SAFE_XML:
    log.error("openpyxl is not using defusedxml (install defusedxml, and do not set "
              "OPENPYXL_DEFUSEDXML=False); Excel forms will be refused")


def read_xlsx(data: bytes, limits: FileLimits | None = None) -> Document:
    """Return the document model of an .xlsx; raise UnreadableForm when the
    workbook is damaged, breaks `limits` or carries a DOCTYPE or ENTITY
    declaration, or when openpyxl would parse it without defusedxml."""
    if not SAFE_XML:
        raise UnreadableForm(UNSAFE_SETUP)
    with Package(data, "Excel workbook") as package:
        damaged = package.damaged
        # openpyxl reads every cell of a sheet before a row limit can apply.
        if any(entry.file_size > MAX_PART_BYTES for entry in package.entries()):
            raise UnreadableForm(TOO_LARGE)
    # Streamed: refuses declarations and bombs without reading them whole.
    inspect_archive(data, limits)
    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True, rich_text=True)
    except MemoryError:
        raise  # a crafted sheet under the worker's memory limit, not a damaged file
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
            if (cell.row, cell.column) in merged_away:
                continue
            fill = _colour(cell.fill.fgColor) if cell.fill is not None and cell.fill.fill_type == "solid" else None
            if cell.value is None:
                # An empty cell filled in a grade grid marks the grade chosen.
                if fill not in (None, "FFFFFF"):
                    row.cells.append(Cell([Paragraph([])], cell.column - 1, 1, fill))
                continue
            paragraphs = _paragraphs(cell)
            if not any(paragraph.text.strip() for paragraph in paragraphs):
                continue
            row.cells.append(Cell(paragraphs, cell.column - 1, spans.get((cell.row, cell.column), 1), fill))
        if any(cell.text.strip() for cell in row.cells):
            rows.append(row)
        elif rows:
            tables.append(Table(rows))
            rows = []
    if rows:
        tables.append(Table(rows))
    return tables


def _paragraphs(cell) -> list[Paragraph]:
    """A cell's text as paragraphs (one per line), keeping rich-text colours,
    bold and strikethrough (the grades not chosen, struck out)."""
    value = cell.value
    font_colour = _colour(cell.font.color) if cell.font is not None else None
    bold = bool(cell.font is not None and cell.font.b)
    strike = bool(cell.font is not None and cell.font.strike)
    if isinstance(value, CellRichText):
        pieces = []
        for part in value:
            if isinstance(part, TextBlock):
                font = part.font
                colour = _colour(font.color) if font is not None and font.color is not None else font_colour
                pieces.append((part.text, colour, bool(font.b) if font is not None and font.b is not None else bold,
                               bool(font.strike) if font is not None and font.strike is not None else strike))
            else:
                pieces.append((str(part), font_colour, bold, strike))
    else:
        pieces = [(_text(value), font_colour, bold, strike)]
    paragraphs = [Paragraph()]
    # A cross alone in its cell answers No ("HoS agrees? | ✗"); beside an
    # option it marks the option chosen, as a tick does.
    alone = "".join(text for text, *_ in pieces).strip() in _CROSSES
    for text, colour, is_bold, struck in pieces:
        for index, line in enumerate((text if alone else normalise_marks(text)).split("\n")):
            if index:
                paragraphs.append(Paragraph())
            if line:
                paragraphs[-1].runs.append(Run(line, colour, is_bold, strike=struck))
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
