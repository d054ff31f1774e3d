"""Layouts that write every value as typed text: `paragraphs` (no tables
but the actions) and `vertical` (labels in a header row, values beneath)."""

from __future__ import annotations

import random

from docx.document import Document

from .docx_layouts import Runs, TableLayout
from .ooxml import ControlIds, text_run
from .outline import (
    DATE,
    LINES,
    ActionTable,
    Details,
    Field,
    ItemList,
    Judgement,
    ModerationBox,
    SectionGrades,
    YesNo,
)
from .wording import Wording


class ParagraphLayout(TableLayout):
    """`paragraphs`: `Label: value` paragraphs, headed sections with a
    "Grade: ..." line, bulleted lists (Word bullets, or "• " typed by hand),
    actions as numbered lines or as Action/By whom/By when lines, grades in
    words, and a moderation part whose lines are typed in colour."""

    name = "paragraphs"

    def __init__(self, document: Document, wording: Wording, rng: random.Random, ids: ControlIds):
        super().__init__(document, wording, rng, ids)
        self.separator = rng.choice((": ", ":\t", ":  "))
        self.bold_labels = rng.random() < 0.6
        self.typed_bullets = rng.random() < 0.3
        self.actions_as_lines = rng.random() < 0.5
        self.colour_whole_line = rng.random() < 0.5

    def line(self, label: str, value: str, *, colour: str | None = None) -> None:
        """Write `Label: value`; `colour` paints the value, or the whole line
        on forms where the moderator retyped the label too."""
        paragraph = self.document.add_paragraph()
        label_colour = colour if self.colour_whole_line else None
        text_run(
            paragraph._p,
            label.rstrip(":") + self.separator.rstrip(),
            bold=self.bold_labels,
            colour=label_colour,
        )
        spacing = self.separator[1:]
        if value:
            text_run(paragraph._p, spacing + value, colour=colour)

    def runs_paragraph(self, runs: Runs) -> None:
        paragraph = self.document.add_paragraph()
        for text, colour in runs:
            text_run(paragraph._p, text, colour=colour)

    def field_text(self, field: Field) -> str:
        if not field.value:
            return ""
        if field.kind == DATE:
            return self.wording.date(field.value)
        if field.kind == LINES:
            return ", ".join(field.value)
        return str(field.value)

    def details(self, block: Details) -> None:
        self.heading(block.heading)
        for field in block.fields:
            self.line(field.label, self.field_text(field))

    def sections(self, block: SectionGrades) -> None:
        self.heading(block.heading)
        for row in block.rows:
            self.heading(row.name, level=3)
            self.line(block.grade_label, self.wording.section_grade(row.grade))
            for runs in self.comment_runs(row):
                self.runs_paragraph(runs)

    def item_list(self, block: ItemList) -> None:
        self.heading(block.heading)
        for item in block.items:
            if self.typed_bullets:
                self.document.add_paragraph(f"• {item}")
            else:
                self.styled_paragraph(item, "ListBullet")

    def actions(self, block: ActionTable) -> None:
        self.heading(block.heading)
        what, who, when = block.columns
        for action in block.actions:
            due = self.wording.date(action.due)
            if self.actions_as_lines:
                self.line(what, action.action)
                self.line(who, action.owner)
                self.line(when, due)
            else:
                self.styled_paragraph(f"{action.action} – {action.owner} – {due}", "ListNumber")

    def yes_no(self, block: YesNo) -> None:
        paragraph = self.document.add_paragraph()
        text_run(paragraph._p, block.question, bold=self.bold_labels)
        text_run(paragraph._p, f" {'Yes' if block.answer else 'No'}")
        if block.detail_label:
            self.line(block.detail_label, block.detail or self.no_detail_text)

    def judgement(self, block: Judgement) -> None:
        self.line(block.label, self.wording.overall_grade(block.grade))

    def moderation(self, block: ModerationBox) -> None:
        self.heading(block.heading)
        colour = self.colour if block.moderated else None
        self.line(block.moderator.label, self.field_text(block.moderator), colour=colour)
        self.line(block.moderated_on.label, self.field_text(block.moderated_on), colour=colour)
        for comment in block.comments:
            self.runs_paragraph([(comment, self.colour)])
        if block.judgement_label:
            grade = self.wording.overall_grade(block.grade) if block.grade else ""
            self.line(block.judgement_label, grade, colour=self.colour if block.grade else None)


class VerticalLayout(TableLayout):
    """`vertical`: tables whose header row holds the labels and the row
    beneath the values (Child ID | Team | Practitioner | Date), a grade
    summary with one column per area of practice, and each free-text part
    as a shaded heading row over a content row."""

    name = "vertical"

    def __init__(self, document: Document, wording: Wording, rng: random.Random, ids: ControlIds):
        super().__init__(document, wording, rng, ids)
        self.band_width = rng.choice((3, 4))

    def stacked(self, pairs: list[tuple[str, object]]) -> None:
        """A one-column table of heading rows, each over its content row;
        a content of None stays blank, a callable fills the cell."""
        table = self.table(2 * len(pairs), 1)
        for index, (heading, fill) in enumerate(pairs):
            self.header_cell(table.cell(2 * index, 0), heading)
            if fill is not None:
                fill(table.cell(2 * index + 1, 0))
        self.spacer()

    def details(self, block: Details) -> None:
        width = self.band_width
        bands = [block.fields[start : start + width] for start in range(0, len(block.fields), width)]
        table, first = self.titled_table(block.heading, 2 * len(bands), width)
        for index, band in enumerate(bands):
            labels = table.rows[first + 2 * index].cells
            values = table.rows[first + 2 * index + 1].cells
            for column, field in enumerate(band):
                self.header_cell(labels[column], field.label)
                self.fill_value(values[column], field)
        self.spacer()

    def sections(self, block: SectionGrades) -> None:
        table, first = self.titled_table(block.heading, 2, len(block.rows))
        for column, row in enumerate(block.rows):
            self.header_cell(table.cell(first, column), row.name)
            self.fill_section_grade(table.cell(first + 1, column), row.grade)
        self.spacer()
        self.heading(block.comments_label)
        self.stacked(
            [
                (row.name, lambda cell, row=row: self.fill_paragraphs(cell, self.comment_runs(row)))
                for row in block.rows
            ]
        )

    def item_list(self, block: ItemList) -> None:
        self.stacked(
            [
                (
                    block.heading,
                    lambda cell: self.fill_paragraphs(cell, [[(item, None)] for item in block.items]),
                )
            ]
        )

    def yes_no(self, block: YesNo) -> None:
        pairs: list[tuple[str, object]] = [
            (block.question, lambda cell: self.fill_yes_no(cell, block.answer))
        ]
        if block.detail_label:
            pairs.append(
                (block.detail_label, lambda cell: self.fill_paragraphs(cell, self.detail_runs(block)))
            )
        self.stacked(pairs)

    def judgement(self, block: Judgement) -> None:
        self.stacked([(block.label, lambda cell: self.fill_overall(cell, block.grade))])

    def moderation(self, block: ModerationBox) -> None:
        table, first = self.titled_table(block.heading, 2, 2)
        self.header_cell(table.cell(first, 0), block.moderator.label)
        self.header_cell(table.cell(first, 1), block.moderated_on.label)
        self.fill_text(
            table.cell(first + 1, 0), block.moderator.value, colour=self.colour, alias=block.moderator.label
        )
        self.fill_date(table.cell(first + 1, 1), block.moderated_on.value, colour=self.colour)
        self.spacer()
        pairs: list[tuple[str, object]] = [
            (
                block.comments_label,
                lambda cell: self.fill_paragraphs(cell, [[(text, self.colour)] for text in block.comments]),
            )
        ]
        if block.judgement_label:
            pairs.append((block.judgement_label, lambda cell: self.fill_moderated_grade(cell, block.grade)))
        self.stacked(pairs)
