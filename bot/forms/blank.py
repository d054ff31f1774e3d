"""Blank Word forms, one per kind of form the bot knows, for the QA team to
circulate.

    paths = write_blank_forms(definitions, Path("templates/forms"),
                              council="Northmoor Borough Council",
                              mailbox="cscaudits@northmoor.example.gov.uk")

Each blank is laid out the way the parser reads best, from the kind's
`blank_form` in `config/forms.yaml`: the kind's title (which the detector
recognises) under the council's name, short guidance in plain English,
label | value tables under each field's first label, the tool's section
grade table, the overall grade, boxes for lists and notes, an actions table
`Action | By whom | By when`, the urgent-concern question with Yes/No boxes,
and on moderated kinds the Head of Service's box ending in a "Moderated
judgement" row. Grades are drop-down content controls, dates date pickers,
Yes/No check boxes. The same definitions and words give the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from lxml import etree

from .definitions import SHORT_TYPES, FieldDefinition, FormDefinitions, FormKind
from .model import GRADES

LABEL_SHADING = "D9D9D9"
GUIDANCE_COLOUR = RGBColor(0x59, 0x59, 0x59)  # a template grey forms.yaml lists: never moderation
PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE when completed"
ACTION_COLUMNS = ("Action", "By whom", "By when")
SECTION_COLUMNS = ("Area of practice", "Grade", "Evidence and comments")
ACTION_ROWS = 5
CHOOSE_AN_ITEM = "Choose an item."
ENTER_A_DATE = "Click or tap to enter a date."
UNTICKED = "\u2610"
# Saved with fixed times, so the committed files change only when the forms do.
_FIXED_TIME = datetime(2026, 1, 1, 9, 0, 0)
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_PAGE_WIDTH = Cm(17.0)  # A4 less 2 cm margins


def write_blank_forms(
    definitions: FormDefinitions,
    folder: Path,
    *,
    council: str,
    mailbox: str | None = None,
    department: str | None = None,
) -> list[Path]:
    """Write a blank Word form of every kind in `definitions` into `folder`
    (made if missing), named after the kind's title
    (`full-case-file-audit.docx`); return their paths in the order of the
    kinds. `council` (and `department`) head each form; `mailbox` is the
    address guidance tells people to send it to."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind in definitions.kinds.values():
        path = folder / file_name(kind)
        path.write_bytes(blank_form(kind, council=council, mailbox=mailbox, department=department))
        paths.append(path)
    return paths


def file_name(kind: FormKind) -> str:
    """The blank's file name: the kind's title in lower case, words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", kind.title.casefold())) + ".docx"


def blank_form(kind: FormKind, *, council: str, mailbox: str | None = None, department: str | None = None) -> bytes:
    """Return the bytes of the blank Word form of `kind`."""
    writer = _Writer(kind, council=council, mailbox=mailbox, department=department)
    writer.write()
    return writer.save()


class _ControlIds:
    """Content-control ids counted from a fixed start, so saves are stable."""

    def __init__(self) -> None:
        self.last = 100000

    def next(self) -> str:
        self.last += 1
        return str(self.last)


class _Writer:
    def __init__(self, kind: FormKind, *, council: str, mailbox: str | None, department: str | None):
        self.kind = kind
        self.council = council
        self.department = department
        self.mailbox = mailbox
        self.ids = _ControlIds()
        self.document = docx.Document()
        self.fields = [kind.fields[key] for key in kind.blank_form.fields]

    # The whole form -------------------------------------------------------

    def write(self) -> None:
        self._page()
        self._front_matter()
        short = [field for field in self.fields if field.type in SHORT_TYPES]
        if short:
            self.heading("Details")
            self.label_value_table(short)
        if self.kind.blank_form.sections:
            self.sections(self.kind.blank_form.sections)
        grade = [field for field in self.fields if field.key == "grade"]
        if grade:
            self.label_value_table(grade)
        for field in self.fields:
            if field.key == "actions":
                self.actions(field)
            elif field.type in ("list", "note"):
                self.box(field)
            elif field.type == "yes_no" and field.key != "urgent_concern":
                self.label_value_table([field])
        if any(field.key == "urgent_concern" for field in self.fields):
            self.label_value_table([self.kind.fields["urgent_concern"], self.kind.fields["urgent_concern_detail"]])
        if self.kind.moderation:
            self.moderation_box()

    def _page(self) -> None:
        document = self.document
        # python-docx's template leaves out the zoom percentage Word requires.
        document.settings.element.find(qn("w:zoom")).set(qn("w:percent"), "100")
        section = document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(1.8)
        normal = document.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(11)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Arial")
        for style_id in ("Title", "Heading1", "Heading2"):
            style = _style_by_id(document, style_id)
            style.font.name = "Arial"
            style.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        placeholder = document.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        placeholder.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        placeholder.element.set(qn("w:styleId"), "PlaceholderText")
        for style_id in ("Header", "Footer"):
            tabs = _style_by_id(document, style_id).paragraph_format.tab_stops
            tabs.clear_all()
            tabs.add_tab_stop(_PAGE_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        header = section.header.paragraphs[0]
        header.add_run(f"{self.council}\t{PROTECTIVE_MARKING}").font.size = Pt(9)
        footer = section.footer.paragraphs[0]
        footer.add_run(f"{self.kind.title} \u2013 blank form").font.size = Pt(9)
        properties = document.core_properties
        properties.title = self.kind.title
        properties.subject = "Blank form"
        properties.author = properties.last_modified_by = self.council
        properties.comments = properties.keywords = properties.category = ""
        properties.created = properties.modified = _FIXED_TIME
        properties.last_printed = _FIXED_TIME
        properties.revision = 1

    def _front_matter(self) -> None:
        council = f"{self.council} \u2013 {self.department}" if self.department else self.council
        self.document.add_paragraph().add_run(council).bold = True
        self.styled(self.kind.title, "Title")
        for line in self.guidance():
            self.guidance_paragraph(line)

    def guidance(self) -> Iterator[str]:
        keys = set(self.kind.blank_form.fields)
        if "case_id" in keys:
            yield ("Write the child's case number only. Do not put the child's name, date of birth or address "
                   "on this form.")
        if "grade" in keys or self.kind.blank_form.sections:
            yield f"Choose each grade from the list: {', '.join(GRADES[:-1])} or {GRADES[-1]}."
        if "urgent_concern" in keys:
            yield ("If you find an urgent concern for a child's safety or welfare, tell the Head of Service "
                   "straight away, then answer Yes to the question at the end of the form.")
        words = {"mailbox": self.mailbox or "the audit mailbox", "council": self.council}
        for line in self.kind.blank_form.guidance:
            yield line.format_map(words)

    # Pieces ----------------------------------------------------------------

    def styled(self, text: str, style_id: str):
        """A paragraph in a built-in style, named by its style ID (the by-name
        lookup of python-docx scans every style)."""
        paragraph = self.document.add_paragraph(text)
        paragraph._p.style = style_id
        return paragraph

    def heading(self, text: str) -> None:
        self.styled(text, "Heading2")

    def guidance_paragraph(self, text: str, *, keep_with_next: bool = False) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.keep_with_next = keep_with_next
        run = paragraph.add_run(text)
        run.italic = True
        run.font.size = Pt(10)
        run.font.color.rgb = GUIDANCE_COLOUR

    def spacer(self) -> None:
        """An empty paragraph after a table: Word needs one between two tables."""
        self.document.add_paragraph()

    def table(self, rows: int, widths: tuple[float, ...]) -> Table:
        table = self.document.add_table(rows=rows, cols=len(widths))
        table._tbl.tblStyle_val = "TableGrid"
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = Cm(width)  # the grid, which LibreOffice follows
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Cm(width)  # each cell, which Word follows
        return table

    def label_cell(self, cell: _Cell, text: str) -> None:
        _shade(cell, LABEL_SHADING)
        cell.paragraphs[0].add_run(text).bold = True

    def label_value_table(self, fields: list[FieldDefinition]) -> None:
        table = self.table(len(fields), (6.0, 11.0))
        for row, field in zip(table.rows, fields):
            self.label_cell(row.cells[0], field.label + ("?" if field.type == "yes_no" else ""))
            self.value(row.cells[1], field)
            _at_least(row, 2.0 if field.key == "urgent_concern_detail" else 0.8)
        _keep_together(table)
        self.spacer()

    def value(self, cell: _Cell, field: FieldDefinition) -> None:
        paragraph = cell.paragraphs[0]._p
        if field.type == "grade":
            _dropdown(paragraph, GRADES, self.ids, alias=field.label)
        elif field.type == "date":
            _date_picker(paragraph, self.ids, alias=field.label)
        elif field.type == "yes_no":
            for index, answer in enumerate(("Yes", "No")):
                _checkbox(paragraph, self.ids)
                _run(paragraph, f" {answer}" + ("   " if index == 0 else ""))
        # Anything else is typed straight into the empty cell.

    def sections(self, names: tuple[str, ...]) -> None:
        self.heading("Grades by area of practice")
        table = self.table(len(names) + 1, (5.5, 4.0, 7.5))
        for cell, text in zip(table.rows[0].cells, SECTION_COLUMNS):
            self.label_cell(cell, text)
        _repeat_as_header(table.rows[0])
        for row, name in zip(table.rows[1:], names):
            self.label_cell(row.cells[0], name)
            _dropdown(row.cells[1].paragraphs[0]._p, GRADES, self.ids, alias=f"{name} grade")
            _at_least(row, 1.2)
        self.spacer()

    def box(self, field: FieldDefinition) -> None:
        """A full-width box: the label in a shaded row over an empty one."""
        table = self.table(2, (17.0,))
        self.label_cell(table.cell(0, 0), field.label)
        _at_least(table.rows[1], 3.0 if field.type == "list" else 2.5)
        _keep_together(table)
        self.spacer()

    def actions(self, field: FieldDefinition) -> None:
        self.heading(field.label)
        table = self.table(ACTION_ROWS + 1, (10.0, 3.8, 3.2))
        for cell, text in zip(table.rows[0].cells, ACTION_COLUMNS):
            self.label_cell(cell, text)
        _repeat_as_header(table.rows[0])
        for row in table.rows[1:]:
            _at_least(row, 1.0)
        self.guidance_paragraph("Make each action specific: say who will do it and by when.")

    def moderation_box(self) -> None:
        judgement = self.kind.moderation == "judgement"
        fields = self.kind.fields
        moderator = self.kind.moderated_by
        self.heading(f"Moderation by {moderator}" if judgement else f"Authorisation by {moderator}")
        whom = "Heads of Service" if moderator == "the Head of Service" else "Moderator"
        if judgement:
            self.guidance_paragraph(f"{whom}: type your comments in a different colour, and finish with "
                                    "your moderated judgement. The moderated judgement is the final judgement.",
                                    keep_with_next=True)
        else:
            self.guidance_paragraph(f"{whom}: read the record, type any comments in a different colour, "
                                    "and add your name and the date to authorise it.", keep_with_next=True)
        rows = [fields["moderator"], fields["moderation_date"], fields["moderator_comments"]]
        if judgement:
            rows.append(fields["moderated_grade"])
        table = self.table(len(rows), (6.0, 11.0))
        for row, field in zip(table.rows, rows):
            self.label_cell(row.cells[0], field.label)
            self.value(row.cells[1], field)
            _at_least(row, 3.0 if field.key == "moderator_comments" else 0.8)
        _keep_together(table)

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return _stable_zip(buffer.getvalue())


# Word XML python-docx has no API for ------------------------------------------


def _style_by_id(document, style_id: str):
    return next(style for style in document.styles if style.style_id == style_id)


def _sub(parent: etree._Element, tag: str, attributes: dict[str, str] | None = None) -> etree._Element:
    element = etree.SubElement(parent, qn(tag))
    for name, value in (attributes or {}).items():
        element.set(qn(name), value)
    return element


def _run(parent: etree._Element, text: str, *, style: str | None = None, font: str | None = None) -> None:
    run = _sub(parent, "w:r")
    if style or font:
        properties = _sub(run, "w:rPr")
        if style:
            _sub(properties, "w:rStyle", {"w:val": style})
        if font:
            _sub(properties, "w:rFonts", {"w:ascii": font, "w:eastAsia": font, "w:hAnsi": font, "w:hint": "eastAsia"})
    text_element = _sub(run, "w:t")
    text_element.text = text
    text_element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _control(parent: etree._Element, ids: _ControlIds, alias: str | None, placeholder: bool):
    """Start a content control; return (sdtPr, sdtContent)."""
    sdt = _sub(parent, "w:sdt")
    properties = _sub(sdt, "w:sdtPr")
    if alias:
        _sub(properties, "w:alias", {"w:val": alias})
        _sub(properties, "w:tag", {"w:val": "-".join(re.findall(r"[a-z0-9]+", alias.casefold()))})
    _sub(properties, "w:id", {"w:val": ids.next()})
    if placeholder:
        _sub(properties, "w:showingPlcHdr")
    return properties, sdt


def _dropdown(paragraph: etree._Element, items: tuple[str, ...], ids: _ControlIds, *, alias: str) -> None:
    """A drop-down list showing "Choose an item." until one is chosen."""
    properties, sdt = _control(paragraph, ids, alias, placeholder=True)
    choices = _sub(properties, "w:dropDownList")
    _sub(choices, "w:listItem", {"w:displayText": CHOOSE_AN_ITEM, "w:value": ""})
    for item in items:
        _sub(choices, "w:listItem", {"w:displayText": item, "w:value": item})
    _sub(sdt, "w:sdtEndPr")
    _run(_sub(sdt, "w:sdtContent"), CHOOSE_AN_ITEM, style="PlaceholderText")


def _date_picker(paragraph: etree._Element, ids: _ControlIds, *, alias: str) -> None:
    """A date picker writing dates as 03/11/2026."""
    properties, sdt = _control(paragraph, ids, alias, placeholder=True)
    picker = _sub(properties, "w:date")
    _sub(picker, "w:dateFormat", {"w:val": "dd/MM/yyyy"})
    _sub(picker, "w:lid", {"w:val": "en-GB"})
    _sub(picker, "w:storeMappedDataAs", {"w:val": "dateTime"})
    _sub(picker, "w:calendar", {"w:val": "gregorian"})
    _sub(sdt, "w:sdtEndPr")
    _run(_sub(sdt, "w:sdtContent"), ENTER_A_DATE, style="PlaceholderText")


def _checkbox(paragraph: etree._Element, ids: _ControlIds) -> None:
    """A Word 2010 check box, unticked; it prints as ☐."""
    properties, sdt = _control(paragraph, ids, None, placeholder=False)
    box = _sub(properties, "w14:checkbox")
    _sub(box, "w14:checked", {"w14:val": "0"})
    _sub(box, "w14:checkedState", {"w14:val": "2612", "w14:font": "MS Gothic"})
    _sub(box, "w14:uncheckedState", {"w14:val": "2610", "w14:font": "MS Gothic"})
    _sub(sdt, "w:sdtEndPr")
    _run(_sub(sdt, "w:sdtContent"), UNTICKED, font="MS Gothic")


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    properties.append(properties.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}))


def _at_least(row, centimetres: float) -> None:
    row.height = Cm(centimetres)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def _repeat_as_header(row) -> None:
    """Repeat the column headers at the top of each page the table runs on."""
    row._tr.get_or_add_trPr().append(row._tr.get_or_add_trPr().makeelement(qn("w:tblHeader"), {}))


def _keep_together(table: Table) -> None:
    """Keep a small table on one page: no row splits, each row kept with the next."""
    for index, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.insert(0, properties.makeelement(qn("w:cantSplit"), {}))
        if index < len(table.rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _stable_zip(data: bytes) -> bytes:
    """The same package with every entry's timestamp fixed, so that writing
    the same form twice gives the same bytes."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()
