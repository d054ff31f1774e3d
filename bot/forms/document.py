"""The neutral document model both readers produce and the extractor reads.

A form is a sequence of blocks: paragraphs and tables. A paragraph is a list
of runs that keep their text and the formatting the extractor needs (colour
for moderation, bold for headings). A table is rows of cells; each cell holds
paragraphs. Nested tables are flattened by the readers, so a cell never holds
a table.

Checkboxes of every kind reach this model as the ballot characters
`TICKED` (☒) and `UNTICKED` (☐), so one piece of logic reads them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

TICKED = "\u2612"  # ☒
UNTICKED = "\u2610"  # ☐
BOXES = TICKED + UNTICKED

# Marks people and templates use for a ticked or an empty box. Readers turn
# them into the two ballot characters above.
_MARKS = str.maketrans(
    {
        "\u2611": TICKED,  # ☑
        "\u2713": TICKED,  # ✓
        "\u2714": TICKED,  # ✔
        "\u25a0": TICKED,  # ■
        "\u2717": TICKED,  # ✗ (a cross in a box is a choice, as on paper)
        "\u2718": TICKED,  # ✘
        "\u221a": TICKED,  # √, typed as a tick
        "\u25a1": UNTICKED,  # □
    }
)


def normalise_marks(text: str) -> str:
    """Return `text` with every tick or box character replaced by ☒ or ☐,
    and boxes typed in brackets ("Yes [ ]  No [X]") by the same."""
    text = _TYPED_BOX.sub(lambda match: TICKED if match.group(1).strip() else UNTICKED, text)
    return text.translate(_MARKS)


# "[X]", "[x]", "[✓]" ticked and "[ ]" left empty, typed where a form has no boxes.
_TYPED_BOX = re.compile(r"\[( ?[Xx\u2713\u2714] ?| {0,3})\]")


_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def tidy(text: str) -> str:
    """Collapse runs of spaces and tabs, trim each line and drop blank lines."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(eq=False)
class Run:
    """A stretch of text with one formatting.

    `colour` is an upper-case RRGGBB string, or None for the default text
    colour (no colour, `auto` or black). `moderator` is set by the moderation
    pass on runs a Head of Service typed in their own colour.
    """

    text: str
    colour: str | None = None
    bold: bool = False
    highlight: str | None = None
    strike: bool = False
    link: bool = False
    moderator: bool = False
    # The run this one was split from ("19.10.26" of "Date: 19.10.26"), so
    # a mark on the part marks the whole.
    source: Run | None = field(default=None, repr=False)


@dataclass(eq=False)
class Paragraph:
    """One paragraph. `heading` is true for heading and title styles.

    A paragraph is built, then read: its text is computed once, so runs
    must not be added after it is first read.
    """

    runs: list[Run] = field(default_factory=list)
    heading: bool = False
    list_item: bool = False

    @cached_property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def auditor_text(self) -> str:
        """The text without what a moderator added in their own colour, and
        without struck-through text (options crossed out, words withdrawn)."""
        return "".join(run.text for run in self.runs if not run.moderator and not run.strike)

    @property
    def bold(self) -> bool:
        """True when every run with visible text is bold."""
        visible = [run for run in self.runs if run.text.strip()]
        return bool(visible) and all(run.bold for run in visible)


@dataclass(eq=False)
class Cell:
    """A table cell: its paragraphs and where it sits on the table grid.

    `column` is the first grid column the cell covers and `span` how many
    (a `w:gridSpan` cell appears once); a vertically merged continuation
    cell is present but empty. `shading` is the fill colour, if any.
    """

    paragraphs: list[Paragraph] = field(default_factory=list)
    column: int = 0
    span: int = 1
    shading: str | None = None

    @cached_property
    def text(self) -> str:
        return "\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def runs(self) -> list[Run]:
        return [run for paragraph in self.paragraphs for run in paragraph.runs]

    @property
    def bold(self) -> bool:
        """True when every line written in the cell is bold."""
        lines = [paragraph for paragraph in self.paragraphs if paragraph.text.strip()]
        return bool(lines) and all(line.bold for line in lines)


@dataclass(eq=False)
class Row:
    """A table row. `header` is true for rows Word repeats as a header.
    Like a paragraph, a row is built, then read."""

    cells: list[Cell] = field(default_factory=list)
    header: bool = False

    def filled(self) -> list[Cell]:
        """The cells that hold some text."""
        return self._filled

    @cached_property
    def _filled(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.text.strip()]


@dataclass(eq=False)
class Table:
    rows: list[Row] = field(default_factory=list)


Block = Paragraph | Table


@dataclass(eq=False)
class Document:
    """A whole form. `titles` holds text that names the form but is not body
    content: the document title property, page headers, sheet names."""

    blocks: list[Block] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph, in reading order, including those in tables."""
        found: list[Paragraph] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                found.append(block)
            else:
                for row in block.rows:
                    for cell in row.cells:
                        found.extend(cell.paragraphs)
        return found

    def runs(self) -> list[Run]:
        return [run for paragraph in self.paragraphs() for run in paragraph.runs]


# " | " between the columns of a table typed as lines of text.
_TYPED_COLUMNS = re.compile(r"\s+\|\s+")


def typed_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with each table typed as lines of text made a table: a line
    of three or more short headings set apart by " | " ("Case | auditor |
    auditor's grade | agree? | moderated grade"), then the lines under it
    with as many columns. Each cell keeps its runs' formatting."""
    found: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        width = _typed_header(block)
        end = index + 1
        while width and end < len(blocks) and isinstance(blocks[end], Paragraph) \
                and len(_TYPED_COLUMNS.split(blocks[end].text.strip())) == width:
            end += 1
        if width and end - index >= 2:
            found.append(Table([Row([Cell([Paragraph(runs)], column) for column, runs in enumerate(_columns(line))])
                                for line in blocks[index:end]]))
            index = end
            continue
        found.append(block)
        index += 1
    return found


def _typed_header(block: Block) -> int:
    """The number of columns a line of headings set apart by " | " heads; 0
    for any other block."""
    if not isinstance(block, Paragraph):
        return 0
    parts = _TYPED_COLUMNS.split(block.text.strip())
    if len(parts) < 3 or any(not part or ":" in part or len(part.split()) > 5 for part in parts):
        return 0
    return len(parts)


def _columns(paragraph: Paragraph) -> list[list[Run]]:
    """A typed table's line cut into its columns' runs."""
    return [[replace(run, text=run.text.strip()) for run in column if run.text.strip()]
            for column in split_runs(paragraph.runs, _TYPED_COLUMNS)]


def split_runs(runs: list[Run], separator: re.Pattern[str]) -> list[list[Run]]:
    """`runs` cut where `separator` matches, each part keeping its runs'
    formatting: "Home visit / Phone call" in two runs or one."""
    parts: list[list[Run]] = [[]]
    for run in runs:
        for position, piece in enumerate(separator.split(run.text)):
            if position:
                parts.append([])
            if piece:
                parts[-1].append(replace(run, text=piece))
    return parts


def ticked_options(text: str) -> list[str]:
    """The options ticked in "☐ Step up  ☒ Step down": each text after a ☒."""
    return [option.strip() for option in re.findall(rf"{TICKED}\s*([^{BOXES}\n]+)", text)]


def the_option_ticked(text: str) -> str | None:
    """The one option ticked among several boxes ("☒ Agree   ☐ Disagree"),
    or None."""
    ticked = ticked_options(text)
    return ticked[0] if len(ticked) == 1 and len(re.findall(f"[{BOXES}]", text)) > 1 else None


class UnreadableForm(Exception):
    """A file that cannot be read as a form. The message is for the manager
    who sent it: what is wrong and what to do."""


def normalise_colour(value: str | None) -> str | None:
    """Return an RRGGBB colour in upper case, or None for the default colour.

    No colour, `auto` and black-ish colours (every channel at most 0x40,
    such as Word's "Text 1" 262626) all count as the default: a form's own
    text is black, whichever black the template chose.
    """
    if not value:
        return None
    value = value.strip().upper()
    if len(value) == 8:  # ARGB, as spreadsheets write it
        value = value[2:]
    if len(value) != 6 or any(character not in "0123456789ABCDEF" for character in value):
        return None
    if all(int(value[index : index + 2], 16) <= 0x40 for index in (0, 2, 4)):
        return None
    return value
