"""The Excel version of a form: one sheet of label | value rows, a section
grades block, lists, an actions block, the urgent-concern question, the
overall judgement and the moderation rows.

What varies with the seed: dates as real Excel dates (in one of three
number formats) or as typed text; the case ID as a number or text; grade
drop-downs listing their choices inline or from a hidden `Lists` sheet;
the moderator's section remarks in a column of their own or typed on in
colour inside the auditor's cell (rich text); label shading.
"""

from __future__ import annotations

import random
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .forms import OBSERVATION
from .outline import (
    CASE_ID,
    DATE,
    LINES,
    ActionTable,
    Details,
    Field,
    ItemList,
    Judgement,
    ModerationBox,
    Outline,
    SectionGrades,
    YesNo,
)
from .wording import GRADES

EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
LABEL_FILLS = ("1F3864", "D9D9D9", None)


class WorkbookLayout:
    """Draws an `Outline` on the first sheet of a new workbook, one block
    after another down columns A to D."""

    def __init__(self, outline: Outline, rng: random.Random):
        self.outline = outline
        self.wording = outline.wording
        self.colour = outline.wording.moderation_colour
        self.dates_as_text = rng.random() < 0.4
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        self.case_id_as_number = rng.random() < 0.5
        self.lists_on_hidden_sheet = rng.random() < 0.5
        self.remarks_in_own_column = rng.random() < 0.6
        self.label_fill = rng.choice(LABEL_FILLS)
        self.workbook = Workbook()
        self.sheet: Worksheet = self.workbook.active
        self.sheet.title = "Observation" if outline.kind == OBSERVATION else "Audit tool"
        self.row = 1
        self.validations: dict[tuple[str, ...], DataValidation] = {}

    def render(self) -> Workbook:
        sheet = self.sheet
        for column, width in zip("ABCD", (42, 30, 60, 40)):
            sheet.column_dimensions[column].width = width
        self.put(1, self.outline.title, font=Font(bold=True, size=14))
        self.put(1, self.wording.council_line, font=Font(bold=True))
        for line in self.wording.guidance:
            self.put(1, line, font=Font(italic=self.wording.guidance_italic))
        self.row += 1
        draw = {
            Details: self.details,
            SectionGrades: self.sections,
            ItemList: self.item_list,
            ActionTable: self.actions,
            YesNo: self.yes_no,
            Judgement: self.judgement,
            ModerationBox: self.moderation,
        }
        for block in self.outline.blocks:
            draw[type(block)](block)
            self.row += 1
        return self.workbook

    # --- cells -------------------------------------------------------------

    def put(self, column: int, value, *, font: Font | None = None, next_row: bool = True):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if font is not None:
            cell.font = font
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if next_row:
            self.row += 1
        return cell

    def label(self, column: int, text: str, *, next_row: bool = False):
        white = self.label_fill == "1F3864"
        cell = self.put(
            column, text, font=Font(bold=True, color="FFFFFF" if white else None), next_row=next_row
        )
        if self.label_fill:
            cell.fill = PatternFill("solid", fgColor=self.label_fill)
        return cell

    def heading(self, text: str) -> None:
        self.put(1, text, font=Font(bold=True, size=12))

    def date_value(self, value: date | None):
        """A real Excel date, or the date as someone typed it."""
        if value is None:
            return None
        return self.wording.date(value) if self.dates_as_text else value

    def put_date(self, column: int, value: date | None, *, colour: str | None = None, next_row: bool = False):
        cell = self.put(
            column, self.date_value(value), font=Font(color=colour) if colour else None, next_row=next_row
        )
        if value is not None and not self.dates_as_text:
            cell.number_format = self.date_format
        return cell

    def field_value(self, field: Field):
        if field.value is None:
            return None
        if field.kind == CASE_ID and self.case_id_as_number:
            return int(field.value)
        if field.kind == LINES:
            return "\n".join(field.value)
        return field.value

    def choose_from(self, cell, choices: tuple[str, ...]) -> None:
        """Give `cell` a drop-down of `choices`, as the form's designer did."""
        validation = self.validations.get(choices)
        if validation is None:
            validation = DataValidation(type="list", formula1=self.list_formula(choices), allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[choices] = validation
        validation.add(cell.coordinate)

    def list_formula(self, choices: tuple[str, ...]) -> str:
        """The choices written into the rule, or a range of a hidden sheet
        (the only way when they hold a comma or exceed Excel's 255 characters)."""
        inline = '"' + ",".join(choices) + '"'
        if (
            not self.lists_on_hidden_sheet
            and len(inline) <= 255
            and not any("," in choice for choice in choices)
        ):
            return inline
        if "Lists" not in self.workbook.sheetnames:
            self.workbook.create_sheet("Lists").sheet_state = "hidden"
        lists = self.workbook["Lists"]
        column = len(self.validations) + 1  # one column per list
        for row, choice in enumerate(choices, start=1):
            lists.cell(row=row, column=column, value=choice)
        letter = lists.cell(row=1, column=column).column_letter
        return f"Lists!${letter}$1:${letter}${len(choices)}"

    def grade_cell(self, column: int, grade: str | None, spell, *, colour: str | None = None):
        cell = self.put(
            column,
            spell(grade) if grade else None,
            font=Font(color=colour) if colour else None,
            next_row=False,
        )
        self.choose_from(cell, tuple(map(spell, GRADES)))
        return cell

    # --- blocks ------------------------------------------------------------

    def details(self, block: Details) -> None:
        self.heading(block.heading)
        for field in block.fields:
            self.label(1, field.label)
            if field.kind == DATE:
                self.put_date(2, field.value)
            else:
                cell = self.put(2, self.field_value(field), next_row=False)
                if field.options:
                    self.choose_from(cell, field.options)
            self.row += 1

    def sections(self, block: SectionGrades) -> None:
        self.heading(block.heading)
        headers = [block.area_label, block.grade_label, block.comments_label]
        if self.remarks_in_own_column:
            headers.append("Head of Service comments")
        for column, text in enumerate(headers, start=1):
            self.label(column, text)
        self.row += 1
        for row in block.rows:
            self.put(1, row.name, next_row=False)
            self.grade_cell(2, row.grade, self.wording.section_grade)
            if row.moderator_comment and self.remarks_in_own_column:
                self.put(3, row.comment, next_row=False)
                self.put(4, row.moderator_comment, font=Font(color=self.colour), next_row=False)
            elif row.moderator_comment:
                rich = CellRichText(
                    row.comment + " ", TextBlock(InlineFont(color=self.colour), row.moderator_comment)
                )
                self.put(3, rich, next_row=False)
            else:
                self.put(3, row.comment, next_row=False)
            self.row += 1

    def item_list(self, block: ItemList) -> None:
        self.heading(block.heading)
        for item in block.items:
            self.put(1, item)

    def actions(self, block: ActionTable) -> None:
        self.heading(block.heading)
        for column, text in enumerate(block.columns, start=1):
            self.label(column, text)
        self.row += 1
        for action in block.actions:
            self.put(1, action.action, next_row=False)
            self.put(2, action.owner, next_row=False)
            self.put_date(3, action.due)
            self.row += 1

    def yes_no(self, block: YesNo) -> None:
        self.label(1, block.question)
        self.choose_from(self.put(2, "Yes" if block.answer else "No", next_row=False), ("Yes", "No"))
        self.row += 1
        if block.detail_label:
            self.label(1, block.detail_label)
            self.put(2, block.detail)

    def judgement(self, block: Judgement) -> None:
        self.label(1, block.label)
        self.grade_cell(2, block.grade, self.wording.overall_grade)
        self.row += 1

    def moderation(self, block: ModerationBox) -> None:
        colour = Font(color=self.colour)
        self.heading(block.heading)
        self.label(1, block.moderator.label)
        self.put(2, block.moderator.value, font=colour)
        self.label(1, block.moderated_on.label)
        self.put_date(2, block.moderated_on.value, colour=self.colour)
        self.row += 1
        self.label(1, block.comments_label)
        self.put(2, "\n".join(block.comments) or None, font=colour)
        if block.judgement_label:
            self.label(1, block.judgement_label)
            self.grade_cell(2, block.grade, self.wording.overall_grade, colour=self.colour)
            self.row += 1
