"""Excel quality assurance tool laid out as a numbered question grid:
merged section bands in the brand colour, question numbers in column A,
labels with their guidance in the same cell, answers in column C, grades
chosen from a drop-down of abbreviations, Yes and No as two columns with a
cross in one, and the manager's moderation typed in its own column.

Modelled on Early Help quality assurance tools kept as spreadsheets
(Walsall's "Early Help Assessment & Review Quality Assurance Tool" items
answered YES / NO / N/A with evidence; St Helens' multi-agency quality
assurance framework for the Early Help Assessment Tool and Team Around the
Family), used here for Team Around the Family and step up / step down
audits.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.ooxml import stable_zip
from bot.samples.tools import STEP_UP_DOWN_AUDIT, TAF_AUDIT, tool_samples

from .common import (
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "excel_grid"
TEAMS = {"Early Help Team North": "Family Support Team North", "Early Help Team South": "Family Support Team South"}
TITLES = {TAF_AUDIT: "Team Around the Family – Quality Assurance Tool",
          STEP_UP_DOWN_AUDIT: "Step Up / Step Down – Transfer Quality Assurance Tool"}


def build(today: date, count: int = 8) -> list[HeldOutForm]:
    rng = random.Random(7801)
    samples = tool_samples(count, seed=7801, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    return [_form(rng, index, sample, today) for index, sample in enumerate(samples)]


def _day(value: date) -> datetime:
    return datetime.combine(value, time())


class _Sheet:
    """Writes rows down the sheet: bands, numbered questions, free rows."""

    def __init__(self, sheet, brand: str):
        self.sheet = sheet
        self.brand = brand
        self.row = 1

    def band(self, text: str) -> None:
        cell = self.sheet.cell(self.row, 1, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=self.brand)
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=5)
        self.row += 1

    def question(self, number: str, text: str, value=None, *, guidance: str | None = None,
                 number_format: str | None = None, colour: str | None = None, comment: str | None = None,
                 comment_colour: str | None = None):
        self.sheet.cell(self.row, 1, number)
        label = self.sheet.cell(self.row, 2, f"{text}\n{guidance}" if guidance else text)
        label.font = Font(bold=True)
        label.alignment = Alignment(wrap_text=True, vertical="top")
        cell = self.sheet.cell(self.row, 3, value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if number_format:
            cell.number_format = number_format
        if colour:
            cell.font = Font(color=colour)
        if comment:
            remark = self.sheet.cell(self.row, 5, comment)
            remark.font = Font(color=comment_colour)
            remark.alignment = Alignment(wrap_text=True, vertical="top")
        self.row += 1
        return cell

    def headings(self, *texts: str) -> None:
        for column, text in enumerate(texts, start=1):
            cell = self.sheet.cell(self.row, column, text)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="F2F2F2")
        self.row += 1

    def skip(self) -> None:
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(("E35205", "00788A", "005EB8", "C8102E"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    sample = replace(sample, case_id=early_help_reference(rng, sample.case_id), team=TEAMS.get(sample.team, sample.team),
                     development_areas=(*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0])))
    child = sample.child
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}
    remarks = moderation.section_comments if moderation else {}

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "QA Tool"
    for column, width in zip("ABCDE", (7, 46, 44, 10, 40)):
        sheet.column_dimensions[column].width = width
    title = sheet.cell(1, 1, TITLES[sample.kind])
    title.font = Font(bold=True, size=14, color=brand)
    sheet.cell(2, 1, council_line(rng)).font = Font(bold=True, color=brand)
    writer = _Sheet(sheet, brand)
    writer.row = 4

    writer.band("Section 1 – About the child and family")
    writer.question("1.1", "Early Help reference", sample.case_id, guidance="(as shown on the Early Help module)")
    writer.question("1.2", "Name of child", child.full_name)
    writer.question("1.3", "Date of birth", _day(child.date_of_birth), number_format="dd/mm/yyyy")
    writer.question("1.4", "Family address", ", ".join((*child.address_lines, child.postcode)))
    writer.question("1.5", "Parents / carers", "\n".join(child.parents))
    writer.question("1.6", "Other children in the household",
                    "\n".join(f"{name} (born {when(born)})" for name, born in household))
    writer.question("1.7", "Lead professional", sample.practitioner)
    writer.question("1.8", "Team", sample.team)
    writer.question("1.9", "Service", sample.service)
    writer.question("1.10", "QA completed by", sample.auditor, guidance="(Early Help manager)")
    writer.question("1.11", "Date QA completed", _day(sample.date), number_format=rng.choice(("dd/mm/yyyy", "d mmm yyyy")))
    if "direction" in own:
        writer.question("1.12", "Was the case stepped up or stepped down?", own["direction"].written)
        writer.question("1.13", "Date the case transferred", _day(own["transfer_date"].written), number_format="dd/mm/yyyy")
    writer.skip()

    writer.band("Section 2 – Quality of practice")
    writer.headings("No.", "Standard", "Evidence", "Grade", "Manager's comments")
    grades = DataValidation(type="list", formula1='"Outstanding,Good,Req. Imp.,Inadequate"', allow_blank=True)
    sheet.add_data_validation(grades)
    for number, section in enumerate(sample.sections, start=1):
        cell = writer.question(f"2.{number}", section.name, section.comment,
                               comment=(f"HoS: {remarks[section.name]}" if section.name in remarks else None),
                               comment_colour=ink)
        grade = sheet.cell(cell.row, 4, informal_grade(rng, section.grade))
        grades.add(grade)
    writer.skip()

    writer.band("Section 3 – The family's voice")
    writer.question("3.1", "What the family told us", own["family_voice"].written,
                    guidance="Use the family's own words where you can.")
    writer.skip()

    writer.band("Section 4 – Summary")
    writer.question("4.1", "What is working well", "\n".join(f"• {item}" for item in sample.strengths))
    writer.question("4.2", "What needs to improve", "\n".join(f"• {item}" for item in sample.development_areas))
    overall = writer.question("4.3", "Overall grade", informal_grade(rng, sample.grade, note_chance=0.3))
    grades.add(overall)
    writer.headings("", "", "Yes", "No", "")
    concern_row = writer.row
    writer.question("4.4", "Any immediate safeguarding concerns?")
    sheet.cell(concern_row, 3 if sample.urgent_concern else 4, "x")
    writer.question("4.5", "If yes, what has been done", sample.urgent_concern_detail or "")
    writer.skip()

    writer.band("Section 5 – Actions")
    writer.headings("No.", "Action", "Who", "By when", "")
    for number, action in enumerate(sample.actions, start=1):
        sheet.cell(writer.row, 1, f"5.{number}")
        sheet.cell(writer.row, 2, action.action).alignment = Alignment(wrap_text=True)
        sheet.cell(writer.row, 3, action.owner)
        sheet.cell(writer.row, 4, _day(action.due)).number_format = "dd/mm/yyyy"
        writer.row += 1
    writer.skip()

    writer.band("Section 6 – Head of Early Help moderation")
    if moderation:
        writer.question("6.1", "Comments", "\n".join(moderation.comments), colour=ink)
        writer.question("6.2", "Moderated grade", informal_grade(rng, moderation.grade) if moderation.grade else "",
                        colour=ink)
        writer.question("6.3", "Moderated by", moderation.moderator, colour=ink)
        writer.question("6.4", "Date", _day(moderation.date), number_format="dd/mm/yyyy", colour=ink)
    else:
        for number, text in enumerate(("Comments", "Moderated grade", "Moderated by", "Date"), start=1):
            writer.question(f"6.{number}", text)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = TITLES[sample.kind]
    workbook.properties.created = workbook.properties.modified = _day((moderation or sample).date)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx",
                    others=tuple(name for name, _ in household),
                    also=(*(when(born) for _, born in household), *(born.isoformat() for _, born in household)))
