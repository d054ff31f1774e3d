"""How a form's blocks are drawn in Word: the `table` layout, which the
other layouts build on.

A layout draws each block of an `Outline` (see `outline.py`) through small
`fill_*` hooks that write one value into one table cell: plain text here,
content controls, legacy form fields or check boxes in the subclasses. All
visual choices (label shading, two or four columns, where the moderator's
remarks go) are drawn from the layout's `random.Random` when it is created,
in a fixed order, so a variant seed always gives the same document.
"""

from __future__ import annotations

import random

from docx.document import Document
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .ooxml import ControlIds, shade, text_run
from .outline import (
    CHOICE,
    DATE,
    LINES,
    ActionTable,
    Block,
    Details,
    Field,
    ItemList,
    Judgement,
    ModerationBox,
    Outline,
    SectionGrades,
    SectionRow,
    YesNo,
)
from .wording import Wording

# Runs of a paragraph: (text, colour or None for the normal text colour).
Runs = list[tuple[str, str | None]]

LABEL_LOOKS = ("bold", "white on dark blue", "grey", "plain")
DARK_BLUES = ("1F3864", "002060", "2F5496")
LIGHT_GREY = "D9D9D9"
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
PROTECTIVE_MARKING = "OFFICIAL – SENSITIVE"


class TableLayout:
    """`table`: label|value tables (two or four columns) for the details, a
    section grade table `Area of practice | Grade | Evidence/comments`,
    lists, an actions table `Action | By whom | By when`, a yes/no row for
    an urgent concern, an overall judgement row and a Head of Service box
    ending in a "Moderated judgement" row."""

    name = "table"
    # True where dates are drawn by a Word date picker, which has no "3rd".
    uses_date_picker = False

    def __init__(self, document: Document, wording: Wording, rng: random.Random, ids: ControlIds):
        self.document = document
        self.wording = wording
        self.ids = ids
        self.colour = wording.moderation_colour
        self.label_look = rng.choice(LABEL_LOOKS)
        self.dark_blue = rng.choice(DARK_BLUES)
        self.headings_are_styles = rng.random() < 0.5
        self.council_in_page_header = rng.random() < 0.5
        self.four_columns = rng.random() < 0.4
        self.titles_in_tables = rng.random() < 0.5
        self.address_on_one_line = rng.random() < 0.5
        self.moderator_prefix = rng.choice(("", "HoS: ", "HoS comment: ", "Moderator: "))
        self.moderator_in_own_paragraph = rng.random() < 0.6
        self.blank_action_rows = rng.randint(0, 2)
        self.lists_in_tables = rng.random() < 0.6
        self.no_detail_text = rng.choice(("", "N/A", "None"))

    # --- the whole document -------------------------------------------------

    def render(self, outline: Outline) -> None:
        self.front_matter(outline.title)
        draw = {
            Details: self.details,
            SectionGrades: self.sections,
            ItemList: self.item_list,
            ActionTable: self.actions,
            YesNo: self.yes_no,
            Judgement: self.judgement,
            ModerationBox: self.moderation,
        }
        block: Block
        for block in outline.blocks:
            draw[type(block)](block)

    def front_matter(self, title: str) -> None:
        """Council name (in the page header or above the title), title and
        guidance in the normal text colour, italic on some forms."""
        if self.council_in_page_header:
            header = self.document.sections[0].header.paragraphs[0]
            header.text = f"{self.wording.council_line}\t\t{PROTECTIVE_MARKING}"
        else:
            self.document.add_paragraph().add_run(self.wording.council_line).bold = True
        if self.headings_are_styles:
            self.styled_paragraph(title, "Title")
        else:
            run = self.document.add_paragraph().add_run(title)
            run.bold = True
            run.font.size = Pt(16)
        for line in self.wording.guidance:
            self.document.add_paragraph().add_run(line).italic = self.wording.guidance_italic

    # --- building pieces ----------------------------------------------------

    def styled_paragraph(self, text: str, style_id: str) -> Paragraph:
        """Add a paragraph in a built-in style, named by its style ID: the
        by-name lookup of python-docx scans every style and is slow."""
        paragraph = self.document.add_paragraph(text)
        paragraph._p.style = style_id
        return paragraph

    def heading(self, text: str, level: int = 2) -> None:
        if self.headings_are_styles:
            self.styled_paragraph(text, f"Heading{level}")
        else:
            self.document.add_paragraph().add_run(text).bold = True

    def table(self, rows: int, columns: int) -> Table:
        table = self.document.add_table(rows=rows, cols=columns)
        table._tbl.tblStyle_val = "TableGrid"
        return table

    def titled_table(self, heading: str, rows: int, columns: int) -> tuple[Table, int]:
        """Return a table under `heading` and the index of its first free
        row: the heading is a paragraph above it, or its merged first row."""
        if not self.titles_in_tables:
            self.heading(heading)
            return self.table(rows, columns), 0
        table = self.table(rows + 1, columns)
        title = table.cell(0, 0).merge(table.cell(0, columns - 1)) if columns > 1 else table.cell(0, 0)
        self.header_cell(title, heading)
        return table, 1

    def spacer(self) -> None:
        """An empty paragraph after a table, as Word needs to keep two
        tables apart."""
        self.document.add_paragraph()

    def label_cell(self, cell: _Cell, text: str, *, look: str | None = None) -> None:
        look = look or self.label_look
        run = cell.paragraphs[0].add_run(text)
        if look == "white on dark blue":
            shade(cell._tc, self.dark_blue)
            run.font.color.rgb = WHITE
            run.bold = True
        elif look == "grey":
            shade(cell._tc, LIGHT_GREY)
            run.bold = True
        elif look == "bold":
            run.bold = True

    def header_cell(self, cell: _Cell, text: str) -> None:
        """A column header or title row: like a label, but never plain."""
        self.label_cell(cell, text, look="bold" if self.label_look == "plain" else None)

    def comment_runs(self, row: SectionRow) -> list[Runs]:
        """The auditor's evidence, then any moderator remark in colour: in a
        paragraph of its own, or typed on at the end of the auditor's."""
        paragraphs: list[Runs] = [[(row.comment, None)]]
        if row.moderator_comment:
            remark = f"{self.moderator_prefix}{row.moderator_comment}"
            if self.moderator_in_own_paragraph:
                paragraphs.append([(remark, self.colour)])
            else:
                paragraphs[0].append((f" {remark}", self.colour))
        return paragraphs

    # --- blocks -------------------------------------------------------------

    def details(self, block: Details) -> None:
        pairs_per_row = 2 if self.four_columns else 1
        rows = -(-len(block.fields) // pairs_per_row)
        table, first = self.titled_table(block.heading, rows, 2 * pairs_per_row)
        for index, field in enumerate(block.fields):
            cells = table.rows[first + index // pairs_per_row].cells
            column = 2 * (index % pairs_per_row)
            self.label_cell(cells[column], field.label)
            self.fill_value(cells[column + 1], field)
        self.spacer()

    def sections(self, block: SectionGrades) -> None:
        table, first = self.titled_table(block.heading, len(block.rows) + 1, 3)
        for cell, text in zip(
            table.rows[first].cells, (block.area_label, block.grade_label, block.comments_label)
        ):
            self.header_cell(cell, text)
        for offset, row in enumerate(block.rows, start=first + 1):
            cells = table.rows[offset].cells
            self.label_cell(cells[0], row.name)
            self.fill_section_grade(cells[1], row.grade)
            self.fill_paragraphs(cells[2], self.comment_runs(row))
        self.spacer()

    def item_list(self, block: ItemList) -> None:
        if not self.lists_in_tables:
            self.heading(block.heading)
            for item in block.items:
                self.styled_paragraph(item, "ListBullet")
            return
        table, first = self.titled_table(block.heading, 1, 1)
        self.fill_paragraphs(table.cell(first, 0), [[(item, None)] for item in block.items])
        self.spacer()

    def actions(self, block: ActionTable) -> None:
        rows = 1 + len(block.actions) + self.blank_action_rows
        table, first = self.titled_table(block.heading, rows, 3)
        for cell, text in zip(table.rows[first].cells, block.columns):
            self.header_cell(cell, text)
        for offset, action in enumerate(block.actions, start=first + 1):
            cells = table.rows[offset].cells
            self.fill_text(cells[0], action.action)
            self.fill_text(cells[1], action.owner)
            self.fill_date(cells[2], action.due)
        # Forms come with empty rows to spare; what the author left blank.
        for row in table.rows[first + 1 + len(block.actions) :]:
            for cell in row.cells:
                self.fill_blank(cell)
        self.spacer()

    def yes_no(self, block: YesNo) -> None:
        table = self.table(2 if block.detail_label else 1, 2)
        self.label_cell(table.cell(0, 0), block.question)
        self.fill_yes_no(table.cell(0, 1), block.answer)
        if block.detail_label:
            self.label_cell(table.cell(1, 0), block.detail_label)
            self.fill_paragraphs(table.cell(1, 1), self.detail_runs(block))
        self.spacer()

    def detail_runs(self, block: YesNo) -> list[Runs]:
        detail = block.detail or self.no_detail_text
        return [[(detail, None)]] if detail else []

    def judgement(self, block: Judgement) -> None:
        table = self.table(1, 2)
        self.label_cell(table.cell(0, 0), block.label)
        self.fill_overall(table.cell(0, 1), block.grade)
        self.spacer()

    def moderation(self, block: ModerationBox) -> None:
        """The box is on every form; before moderation its values are blank."""
        rows = 3 + (1 if block.judgement_label else 0)
        table, first = self.titled_table(block.heading, rows, 2)
        self.label_cell(table.cell(first, 0), block.moderator.label)
        self.fill_text(
            table.cell(first, 1), block.moderator.value, colour=self.colour, alias=block.moderator.label
        )
        self.label_cell(table.cell(first + 1, 0), block.moderated_on.label)
        self.fill_date(table.cell(first + 1, 1), block.moderated_on.value, colour=self.colour)
        self.label_cell(table.cell(first + 2, 0), block.comments_label)
        self.fill_paragraphs(
            table.cell(first + 2, 1), [[(comment, self.colour)] for comment in block.comments]
        )
        if block.judgement_label:
            self.label_cell(table.cell(first + 3, 0), block.judgement_label)
            self.fill_moderated_grade(table.cell(first + 3, 1), block.grade)
        self.spacer()

    # --- writing one value into one cell ------------------------------------

    def fill_value(self, cell: _Cell, field: Field) -> None:
        if field.kind == DATE:
            self.fill_date(cell, field.value, alias=field.label)
        elif field.kind == LINES:
            self.fill_lines(cell, field.value)
        elif field.kind == CHOICE:
            self.fill_choice(cell, field.value, field.options, field.label)
        else:
            self.fill_text(cell, field.value, alias=field.label)

    def fill_text(self, cell: _Cell, text, *, colour: str | None = None, alias: str | None = None) -> None:
        """Write `text` (nothing when empty) in `colour`. `alias` is the label
        of the field the cell answers, which a content control takes as its
        title; None for cells of a table such as the actions."""
        if text:
            text_run(cell.paragraphs[0]._p, text, colour=colour)

    def fill_date(self, cell: _Cell, value, *, colour: str | None = None, alias: str | None = None) -> None:
        self.fill_text(cell, self.wording.date(value) if value else None, colour=colour)

    def fill_lines(self, cell: _Cell, lines) -> None:
        if lines and self.address_on_one_line:
            self.fill_text(cell, ", ".join(lines))
        elif lines:
            self.fill_paragraphs(cell, [[(line, None)] for line in lines])

    def fill_choice(self, cell: _Cell, value, options: tuple[str, ...], alias: str) -> None:
        self.fill_text(cell, value)

    def fill_section_grade(self, cell: _Cell, grade: str) -> None:
        self.fill_text(cell, self.wording.section_grade(grade))

    def fill_overall(self, cell: _Cell, grade: str) -> None:
        self.fill_text(cell, self.wording.overall_grade(grade))

    def fill_moderated_grade(self, cell: _Cell, grade: str | None) -> None:
        if grade:
            self.fill_text(cell, self.wording.overall_grade(grade), colour=self.colour)

    def fill_yes_no(self, cell: _Cell, answer: bool) -> None:
        self.fill_text(cell, "Yes" if answer else "No")

    def fill_paragraphs(self, cell: _Cell, paragraphs: list[Runs]) -> None:
        for index, runs in enumerate(paragraphs):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            for text, colour in runs:
                text_run(paragraph._p, text, colour=colour)

    def fill_blank(self, cell: _Cell) -> None:
        """A cell the author left empty."""
