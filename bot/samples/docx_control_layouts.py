"""Layouts whose answers are ticked or picked rather than typed:
`checkboxes` (☒/☐ characters), `content_controls` (Word 2010+ controls) and
`legacy_fields` (Word 97-2003 form fields in a form-protected document)."""

from __future__ import annotations

import random

from docx.document import Document
from docx.table import _Cell
from lxml import etree

from .docx_layouts import Runs, TableLayout
from .ooxml import (
    ControlIds,
    add_placeholder_style,
    content_checkbox,
    content_date,
    content_dropdown,
    content_text,
    form_checkbox,
    form_dropdown,
    form_text,
    glyph,
    protect_for_forms,
    rich_text_block,
    text_run,
    wrap_cell,
)
from .outline import SectionGrades
from .wording import GRADES, Wording, word_date_format

# What a manager puts in the chosen cell of a grade matrix.
MATRIX_MARKS = ("box", "box", "wingdings", "x", "tick")


class CheckboxLayout(TableLayout):
    """`checkboxes`: a grade matrix (one row per area of practice, one
    column per judgement, one ☒ per row, or an "X" or "✓" typed in the
    chosen cell), the overall and moderated judgements as a line of boxes
    (`☐ Outstanding ☒ Good ☐ Requires improvement ☐ Inadequate`) and yes/no
    answers as `☐ Yes ☒ No`. Some forms use the Wingdings box symbols."""

    name = "checkboxes"

    def __init__(self, document: Document, wording: Wording, rng: random.Random, ids: ControlIds):
        super().__init__(document, wording, rng, ids)
        self.matrix_mark = rng.choice(MATRIX_MARKS)
        self.comments_in_matrix = rng.random() < 0.6

    def mark(self, paragraph: etree._Element, checked: bool, colour: str | None = None) -> None:
        """Append one box, ticked or not."""
        glyph(paragraph, checked, wingdings=self.matrix_mark == "wingdings", colour=colour)

    def matrix_cell(self, cell: _Cell, checked: bool) -> None:
        if self.matrix_mark in ("box", "wingdings"):
            self.mark(cell.paragraphs[0]._p, checked)
        elif checked:
            self.fill_text(cell, "X" if self.matrix_mark == "x" else "\u2713")

    def boxes(self, cell: _Cell, options: list[tuple[str, bool]], colour: str | None = None) -> None:
        """A line of labelled boxes in one cell; `colour` marks the ticked
        box and its label, the moderator's choice on a printed line."""
        paragraph = cell.paragraphs[0]._p
        for index, (label, checked) in enumerate(options):
            if index:
                text_run(paragraph, "   ")
            self.mark(paragraph, checked, colour if checked else None)
            text_run(paragraph, f" {label}", colour=colour if checked else None)

    def sections(self, block: SectionGrades) -> None:
        columns = 5 + (1 if self.comments_in_matrix else 0)
        table, first = self.titled_table(block.heading, len(block.rows) + 1, columns)
        headers = [block.area_label, *map(self.wording.section_grade, GRADES)]
        if self.comments_in_matrix:
            headers.append(block.comments_label)
        for cell, text in zip(table.rows[first].cells, headers):
            self.header_cell(cell, text)
        for offset, row in enumerate(block.rows, start=first + 1):
            cells = table.rows[offset].cells
            self.label_cell(cells[0], row.name)
            for cell, grade in zip(cells[1:5], GRADES):
                self.matrix_cell(cell, grade == row.grade)
            if self.comments_in_matrix:
                self.fill_paragraphs(cells[5], self.comment_runs(row))
        self.spacer()
        if not self.comments_in_matrix:
            self.evidence_table(block)

    def evidence_table(self, block: SectionGrades) -> None:
        table = self.table(len(block.rows) + 1, 2)
        self.header_cell(table.cell(0, 0), block.area_label)
        self.header_cell(table.cell(0, 1), block.comments_label)
        for offset, row in enumerate(block.rows, start=1):
            self.label_cell(table.cell(offset, 0), row.name)
            self.fill_paragraphs(table.cell(offset, 1), self.comment_runs(row))
        self.spacer()

    def fill_overall(self, cell: _Cell, grade: str) -> None:
        self.boxes(cell, [(self.wording.overall_grade(option), option == grade) for option in GRADES])

    def fill_moderated_grade(self, cell: _Cell, grade: str | None) -> None:
        """The moderator ticks in colour; an unmoderated form keeps four
        empty boxes in the normal colour."""
        options = [(self.wording.overall_grade(option), option == grade) for option in GRADES]
        self.boxes(cell, options, self.colour if grade else None)

    def fill_yes_no(self, cell: _Cell, answer: bool) -> None:
        self.boxes(cell, [("Yes", answer), ("No", not answer)])


class ContentControlLayout(TableLayout):
    """`content_controls`: values in Word content controls. Names and the
    case ID in plain-text controls, dates in date pickers (`w:fullDate`),
    grades and the team in drop-down lists (some wrapping the whole grade
    cell), free text in block-level rich-text controls, yes/no as
    `w14:checkbox` controls. Blank optional fields, and the moderated
    judgement before moderation, still show their placeholders."""

    name = "content_controls"
    uses_date_picker = True

    def __init__(self, document: Document, wording: Wording, rng: random.Random, ids: ControlIds):
        super().__init__(document, wording, rng, ids)
        self.lists_in_tables = True
        self.no_detail_text = ""
        self.cells_wrapped = rng.random() < 0.3
        self.word_2010_lists = rng.random() < 0.3
        add_placeholder_style(document)

    def dropdown(
        self,
        cell: _Cell,
        items: tuple[str, ...],
        selected: str | None,
        *,
        alias: str | None = None,
        colour: str | None = None,
        wrap: bool = False,
    ) -> None:
        """A drop-down in the cell's paragraph, or (`wrap`) one wrapping the
        whole cell, whose chosen text then sits in the cell's paragraph."""
        parent = cell._tc.getparent() if wrap else cell.paragraphs[0]._p
        content = content_dropdown(
            parent,
            items,
            selected,
            self.ids,
            alias=alias,
            colour=colour,
            word_2010_first_item=self.word_2010_lists,
        )
        if wrap:
            wrap_cell(parent, cell._tc, content)
            if selected:
                text_run(cell.paragraphs[0]._p, selected, colour=colour)

    def fill_text(self, cell: _Cell, text, *, colour: str | None = None, alias: str | None = None) -> None:
        if alias is None:  # typed straight into the cell (the actions table)
            super().fill_text(cell, text, colour=colour)
        else:
            content_text(
                cell.paragraphs[0]._p, text or None, self.ids, alias=alias.rstrip(":"), colour=colour
            )

    def fill_date(self, cell: _Cell, value, *, colour: str | None = None, alias: str | None = None) -> None:
        shown = self.wording.date(value) if value else ""
        word_format = word_date_format(self.wording.date_style)  # a picker style: see uses_date_picker
        content_date(
            cell.paragraphs[0]._p,
            value or None,
            shown,
            word_format,
            self.ids,
            alias=alias.rstrip(":") if alias else None,
            colour=colour,
        )

    def fill_lines(self, cell: _Cell, lines) -> None:
        self.fill_paragraphs(cell, [[(line, None)] for line in lines or ()])

    def fill_choice(self, cell: _Cell, value, options: tuple[str, ...], alias: str) -> None:
        self.dropdown(cell, options, value, alias=alias.rstrip(":"))

    def fill_section_grade(self, cell: _Cell, grade: str) -> None:
        spell = self.wording.section_grade
        self.dropdown(cell, tuple(map(spell, GRADES)), spell(grade), wrap=self.cells_wrapped)

    def fill_overall(self, cell: _Cell, grade: str) -> None:
        spell = self.wording.overall_grade
        self.dropdown(cell, tuple(map(spell, GRADES)), spell(grade), alias="Overall grade")

    def fill_moderated_grade(self, cell: _Cell, grade: str | None) -> None:
        spell = self.wording.overall_grade
        colour = self.colour if grade else None
        selected = spell(grade) if grade else None
        self.dropdown(cell, tuple(map(spell, GRADES)), selected, alias="Moderated grade", colour=colour)

    def fill_yes_no(self, cell: _Cell, answer: bool) -> None:
        paragraph = cell.paragraphs[0]._p
        content_checkbox(paragraph, answer, self.ids)
        text_run(paragraph, " Yes   ")
        content_checkbox(paragraph, not answer, self.ids)
        text_run(paragraph, " No")

    def fill_paragraphs(self, cell: _Cell, paragraphs: list[Runs]) -> None:
        rich_text_block(cell._tc, paragraphs, self.ids)


class LegacyFieldLayout(CheckboxLayout):
    """`legacy_fields`: a Word 97-2003 form, protected for filling in.
    Values in FORMTEXT fields (dates with a date format, blank ones showing
    five en spaces), boxes as FORMCHECKBOX fields (some ticked by default
    and then unticked), grades as a check-box matrix or FORMDROPDOWN lists
    starting "Please select". The moderator unprotected the form to type
    section remarks in colour after the auditor's fields."""

    name = "legacy_fields"

    def __init__(self, document: Document, wording: Wording, rng: random.Random, ids: ControlIds):
        super().__init__(document, wording, rng, ids)
        self.lists_in_tables = True
        self.grade_dropdowns = rng.random() < 0.4
        self.no_ticked_by_default = rng.random() < 0.5
        protect_for_forms(document)

    def mark(self, paragraph: etree._Element, checked: bool, colour: str | None = None) -> None:
        form_checkbox(paragraph, checked, self.ids)

    def matrix_cell(self, cell: _Cell, checked: bool) -> None:
        self.mark(cell.paragraphs[0]._p, checked)

    def sections(self, block: SectionGrades) -> None:
        if self.grade_dropdowns:
            TableLayout.sections(self, block)
        else:
            super().sections(block)

    def dropdown(self, cell: _Cell, grade: str | None, spell=None) -> None:
        """A FORMDROPDOWN of the judgements; its first entry means none."""
        spell = spell or self.wording.overall_grade
        entries = ("Please select", *map(spell, GRADES))
        form_dropdown(cell.paragraphs[0]._p, entries, GRADES.index(grade) + 1 if grade else 0, self.ids)

    def fill_section_grade(self, cell: _Cell, grade: str) -> None:
        self.dropdown(cell, grade, self.wording.section_grade)

    def fill_overall(self, cell: _Cell, grade: str) -> None:
        if self.grade_dropdowns:
            self.dropdown(cell, grade)
        else:
            super().fill_overall(cell, grade)

    def fill_moderated_grade(self, cell: _Cell, grade: str | None) -> None:
        if self.grade_dropdowns:
            self.dropdown(cell, grade)
        else:
            super().fill_moderated_grade(cell, grade)

    def fill_yes_no(self, cell: _Cell, answer: bool) -> None:
        paragraph = cell.paragraphs[0]._p
        form_checkbox(paragraph, answer, self.ids)
        text_run(paragraph, " Yes   ")
        form_checkbox(paragraph, not answer, self.ids, default=self.no_ticked_by_default)
        text_run(paragraph, " No")

    def fill_text(self, cell: _Cell, text, *, colour: str | None = None, alias: str | None = None) -> None:
        form_text(cell.paragraphs[0]._p, [text] if text else None, self.ids, colour=colour)

    def fill_date(self, cell: _Cell, value, *, colour: str | None = None, alias: str | None = None) -> None:
        form_text(
            cell.paragraphs[0]._p,
            [self.wording.date(value)] if value else None,
            self.ids,
            date_format=word_date_format(self.wording.date_style),
            colour=colour,
        )

    def fill_lines(self, cell: _Cell, lines) -> None:
        form_text(cell.paragraphs[0]._p, list(lines) if lines else None, self.ids)

    def fill_blank(self, cell: _Cell) -> None:
        form_text(cell.paragraphs[0]._p, None, self.ids)

    def fill_paragraphs(self, cell: _Cell, paragraphs: list[Runs]) -> None:
        """One field holds the author's lines (joined by line breaks). Text
        in colour is the moderator's: typed inside the field where the field
        is theirs, else in paragraphs of its own after the auditor's field."""
        typed = ["".join(text for text, colour in runs if colour is None).strip() for runs in paragraphs]
        typed = [line for line in typed if line]
        remarks = [text.strip() for runs in paragraphs for text, colour in runs if colour]
        if remarks and not typed:
            form_text(cell.paragraphs[0]._p, remarks, self.ids, colour=self.colour)
            return
        form_text(cell.paragraphs[0]._p, typed or None, self.ids)
        for remark in remarks:
            text_run(cell.add_paragraph()._p, remark, colour=self.colour)
