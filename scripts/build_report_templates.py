"""Build the Word report templates in `templates/reports/`.

    python scripts/build_report_templates.py [OUTPUT_DIR]

Each template is an ordinary Word document the QA team may open and edit —
reword a heading, move a section, change the font — with docxtpl tags
where the figures go: `{{ value }}`, `{%p for ... %}` paragraph loops,
`{%tr for ... %}` table-row loops and `{%p if ... %}` choices. The bot
renders them with `bot.reports.render`, which also provides the filters
`percent` (83 -> "83%", nothing -> "n/a") and `yes_no`.

This script is how the shipped templates were made. Running it again gives
the same files byte for byte, and overwrites any edits made in Word: once
the QA team has edited a template, edit it in Word, not here.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "templates" / "reports"
KINDS = ("monthly", "overview", "quarterly", "annual", "supervision", "briefing")

FONT = "Arial"
NAVY = "1F3864"
ORANGE = "C55A11"
PALE = "E9EFF7"
FIXED_TIME = datetime(2026, 1, 1)
SENSITIVE = "OFFICIAL – SENSITIVE"
FRAMEWORKS = ("In this report “the 2018 framework” is the Children's Services Performance Management and "
              "Quality Assurance Framework (2018), and “the 2025 framework” is the Children's Social Care "
              "Performance Management and Quality Assurance Framework (2025) that replaced it for social care.")


# The document and its styles ------------------------------------------------------

class Template:
    """A Word document being written as a report template."""

    def __init__(self, *, margin_mm: float = 20, base_size: float = 11, marking: str | None = SENSITIVE,
                 compact: bool = False):
        self.document = Document()
        self.compact = compact
        self.text_width = Mm(210 - 2 * margin_mm)
        section = self.document.sections[0]
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(margin_mm)
        section.top_margin = section.bottom_margin = Mm(margin_mm if not compact else margin_mm - 1)
        section.header_distance = section.footer_distance = Mm(8 if not compact else 6)
        define_styles(self.document, base_size, compact)
        self.page_header(marking)
        self.page_footer(marking)

    # Page furniture

    def page_header(self, marking: str | None) -> None:
        """The security marking, then the logo beside the council's name."""
        header = self.document.sections[0].header
        first = header.paragraphs[0]
        if marking:
            first.text = marking
            first.style = "Security Marking"
        table = header.add_table(1, 2, self.text_width)
        set_widths(table, [self.text_width * 0.4, self.text_width * 0.6])
        logo, name = table.rows[0].cells
        logo.paragraphs[0].text = "{{ logo }}"
        logo.paragraphs[0].style = "Header"
        name.paragraphs[0].text = "{{ organisation }}"
        name.paragraphs[0].style = "Header Organisation"
        name.add_paragraph("{{ department }}", style="Header").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if not marking:
            header._element.remove(first._element)
        # Word wants a paragraph after a table; it also spaces the header from the text.
        spacer = header.add_paragraph(style="Header")
        spacer.paragraph_format.space_after = Pt(0 if self.compact else 6)

    def page_footer(self, marking: str | None) -> None:
        footer = self.document.sections[0].footer
        paragraph = footer.paragraphs[0]
        paragraph.style = "Footer"
        paragraph.paragraph_format.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run("{{ title }} – {{ period_label }}")
        paragraph.add_run("\tPage ")
        add_field(paragraph, "PAGE")
        paragraph.add_run(" of ")
        add_field(paragraph, "NUMPAGES")
        if marking:
            footer.add_paragraph(marking, style="Security Marking")

    # Body

    def paragraph(self, text: str = "", style: str | None = None, *, bold_lead: str | None = None):
        """A paragraph; `bold_lead` goes first in bold, in its own run."""
        paragraph = self.document.add_paragraph(style=style)
        if bold_lead:
            paragraph.add_run(bold_lead).bold = True
        if text:
            paragraph.add_run(text)
        return paragraph

    def heading(self, text: str, level: int = 1):
        return self.document.add_heading(text, level)

    def tag(self, text: str):
        """A paragraph holding only a docxtpl tag: it disappears when rendered."""
        return self.document.add_paragraph(text)

    def bullets(self, loop: str, text: str, *, bold_lead: str | None = None) -> None:
        """One bullet per item: `loop` is "item in items"."""
        self.tag(f"{{%p for {loop} %}}")
        self.paragraph(text, "List Bullet", bold_lead=bold_lead)
        self.tag("{%p endfor %}")

    def either(self, condition: str, then: Callable[[], None], otherwise: str) -> None:
        """What `then` writes when `condition` holds, else the sentence `otherwise`."""
        self.tag(f"{{%p if {condition} %}}")
        then()
        self.tag("{%p else %}")
        self.paragraph(otherwise)
        self.tag("{%p endif %}")

    def draft_notice(self, text: str = "DRAFT for review – please check the figures and the wording, and add "
                                       "the commentary where marked, before this report is shared.") -> None:
        self.tag("{%p if draft %}")
        self.paragraph(text, "Draft Notice")
        self.tag("{%p endif %}")

    def note(self, text: str) -> None:
        """A highlighted note to the person finishing the draft, shown only in a draft."""
        self.tag("{%p if draft %}")
        self.paragraph(text, "Note For Editor")
        self.tag("{%p endif %}")

    def table(self, headers: list[str], cells: list[str], widths: list[float], *, loop: str | None = None,
              numeric: tuple[int, ...] = (), total: list[str] | None = None, together: bool = False):
        """A table with a repeating header row. With `loop` ("row in rows")
        the `cells` row repeats once per item; `total` adds a bold last row;
        `together` keeps a short table on one page."""
        rows = [headers] + ([[f"{{%tr for {loop} %}}"], cells, ["{%tr endfor %}"]] if loop else [cells])
        rows += [total] if total else []
        table = self.document.add_table(rows=len(rows), cols=len(headers))
        table.style = "QA Table"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for row, values in zip(table.rows, rows):
            for index, (cell, value) in enumerate(zip(row.cells, values)):
                cell.paragraphs[0].text = value
                cell.paragraphs[0].style = "Table Text"
                if index in numeric:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if total:
            for cell in table.rows[-1].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        repeat_header(table.rows[0])
        for row in table.rows[1:]:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for row in table.rows if together else table.rows[:1]:
            for cell in row.cells:
                cell.paragraphs[0].paragraph_format.keep_with_next = True
        set_widths(table, [Mm(width) for width in widths])
        return table

    def figures(self, rows: list[tuple[str, str]], heading: str = "Figure") -> None:
        """A two-column table of labelled figures."""
        table = self.document.add_table(rows=len(rows) + 1, cols=2)
        table.style = "QA Table"
        for row, (label, value) in zip(table.rows, [("What we counted", heading), *rows]):
            for cell, text in zip(row.cells, (label, value)):
                cell.paragraphs[0].text = text
                cell.paragraphs[0].style = "Table Text"
                # A short table reads best on one page.
                cell.paragraphs[0].paragraph_format.keep_with_next = row is not table.rows[-1]
        repeat_header(table.rows[0])
        set_widths(table, [Mm(95), Mm(75)])
        self.paragraph()

    def chart(self, key: str, caption: str) -> None:
        self.paragraph(f"{{{{ charts.{key} }}}}", "Chart")
        self.paragraph(caption, "Caption")

    def save(self, path: Path) -> None:
        properties = self.document.core_properties
        properties.author = properties.last_modified_by = "Quality Assurance Team"
        properties.created = properties.modified = FIXED_TIME
        properties.revision = 1
        properties.title = properties.subject = properties.keywords = properties.comments = ""
        buffer = io.BytesIO()
        self.document.save(buffer)
        write_stable_zip(buffer.getvalue(), path)


def define_styles(document, base_size: float, compact: bool) -> None:
    """Arial throughout, navy headings, and the few styles of our own."""
    styles = document.styles
    for fonts in styles.element.iter(qn("w:rFonts")):
        for attribute in list(fonts.attrib):
            if attribute.endswith("Theme") or attribute.endswith("theme"):
                del fonts.attrib[attribute]
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = run_defaults.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_defaults.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), "en-GB")

    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(base_size)
    normal.paragraph_format.space_after = Pt(2 if compact else 6)
    normal.paragraph_format.line_spacing = 1.0 if compact else 1.1

    def restyle(name: str, size: float, *, bold=True, colour=NAVY, before=0.0, after=4.0, italic=False):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = RGBColor.from_string(colour)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        return style

    if compact:
        restyle("Title", 20, colour="FFFFFF", after=0)
        restyle("Subtitle", 10.5, bold=False, colour="FFFFFF", after=0)
        # The briefing's boxes are its first level of headings, each a pale band.
        panel(restyle("Heading 1", 11.5, before=6, after=3).element.get_or_add_pPr(), PALE, padding=2)
        restyle("Heading 2", 11.5, before=0, after=2)
    else:
        restyle("Title", 24, after=4)
        restyle("Subtitle", 13, bold=False, colour="404040", after=10)
        restyle("Heading 1", 16, before=18, after=6)
        restyle("Heading 2", 13, before=12, after=4)
        restyle("Heading 3", 11.5, before=8, after=2)
    # Word's own Title and Subtitle carry a rule, letter spacing and a list
    # level; header and footer carry tab stops for Letter paper. Plain is better.
    for name, tags in (("Title", ("w:pBdr", "w:spacing")), ("Subtitle", ("w:numPr", "w:spacing")),
                       ("Header", ("w:tabs",)), ("Footer", ("w:tabs",))):
        for tag in tags:
            for parent in (styles[name].element.find(qn("w:pPr")), styles[name].element.find(qn("w:rPr"))):
                found = parent.find(qn(tag)) if parent is not None else None
                # Only the run's letter spacing: the paragraph's w:spacing is space before and after.
                if found is not None and not (tag == "w:spacing" and parent.tag == qn("w:pPr")):
                    parent.remove(found)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        styles[name].paragraph_format.keep_with_next = True
    if compact:
        # The briefing's title band: navy paragraphs, with no table behind them.
        for name in ("Title", "Subtitle"):
            panel(styles[name].element.get_or_add_pPr(), NAVY, padding=4)
    restyle("Caption", 9, bold=False, colour="404040", after=10, italic=True)
    styles["List Bullet"].paragraph_format.space_after = Pt(1 if compact else 3)
    styles["Header"].font.size = Pt(8 if compact else 9)
    styles["Header"].font.color.rgb = RGBColor.from_string("404040")
    styles["Footer"].font.size = Pt(8)
    styles["Footer"].font.color.rgb = RGBColor.from_string("404040")

    organisation = styles.add_style("Header Organisation", WD_STYLE_TYPE.PARAGRAPH)
    organisation.base_style = styles["Header"]
    organisation.font.bold = True
    organisation.font.size = Pt(9 if compact else 10.5)
    organisation.font.color.rgb = RGBColor.from_string(NAVY)
    organisation.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    marking = styles.add_style("Security Marking", WD_STYLE_TYPE.PARAGRAPH)
    marking.base_style = styles["Header"]
    marking.font.bold = True
    marking.font.size = Pt(9)
    marking.font.color.rgb = RGBColor.from_string("000000")
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marking.paragraph_format.space_after = Pt(2)

    draft = styles.add_style("Draft Notice", WD_STYLE_TYPE.PARAGRAPH)
    draft.base_style = styles["Normal"]
    draft.font.bold = True
    draft.font.color.rgb = RGBColor.from_string("C00000")
    draft.paragraph_format.space_after = Pt(4 if compact else 8)

    note = styles.add_style("Note For Editor", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    note.font.italic = True
    note.font.highlight_color = 7  # yellow
    table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    table_text.font.size = Pt(9 if compact else 9.5)
    table_text.paragraph_format.space_before = Pt(0)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    if compact:
        # The empty paragraph that ends a section: as small as Word allows.
        section_break = styles.add_style("Section Break", WD_STYLE_TYPE.PARAGRAPH)
        section_break.base_style = styles["Normal"]
        section_break.font.size = Pt(1)
        section_break.paragraph_format.space_before = section_break.paragraph_format.space_after = Pt(0)
        section_break.paragraph_format.line_spacing = Pt(1)
    chart = styles.add_style("Chart", WD_STYLE_TYPE.PARAGRAPH)
    chart.base_style = styles["Normal"]
    chart.paragraph_format.space_after = Pt(2)
    chart.paragraph_format.keep_with_next = True
    styles.element.append(parse_xml(TABLE_STYLE))


TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="QATable">
  <w:name w:val="QA Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{NAVY}"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


# Small pieces of Word XML ---------------------------------------------------------

def add_field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    def run_with(child):
        run = OxmlElement("w:r")
        run.append(child)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run_with(text)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    shown = OxmlElement("w:t")
    shown.text = "1"
    run_with(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def set_widths(table, widths) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(int(width.twips if hasattr(width, "twips") else width)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)


# What follows w:pBdr and w:shd in a paragraph's properties (ECMA-376 §17.3.1.26).
AFTER_SHADING = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                 "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                 "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                 "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def panel(properties, fill: str, *, padding: int) -> None:
    """Shade a paragraph (or a paragraph style) `fill`, with a border of the
    same colour `padding` points from the text, so the shading stands clear
    of the words. Consecutive paragraphs shaded alike join into one panel."""
    sides = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="{padding}" w:color="{fill}"/>'
                    for side in ("top", "left", "bottom", "right"))
    properties.insert_element_before(parse_xml(f'<w:pBdr {nsdecls("w")}>{sides}</w:pBdr>'), "w:shd", *AFTER_SHADING)
    properties.insert_element_before(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                                     *AFTER_SHADING)


def write_stable_zip(data: bytes, path: Path) -> None:
    """Rewrite the package with fixed timestamps, so the same template is
    the same bytes every time it is built."""
    path.parent.mkdir(parents=True, exist_ok=True)
    source = zipfile.ZipFile(io.BytesIO(data))
    temporary = path.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    temporary.replace(path)


# Sections shared by the reports ---------------------------------------------------

def opening(doc: Template, subtitle: str) -> None:
    doc.paragraph("{{ title }}", "Title")
    doc.paragraph(subtitle, "Subtitle")
    doc.draft_notice()
    doc.paragraph("Prepared by the {{ qa_team_name }} on {{ generated }}. "
                  "Questions about this report to {{ qa_team_email }}.")


def key_messages(doc: Template, when: str) -> None:
    doc.heading("Key messages", 1)
    doc.note(f"QA team: write three or four sentences here on what the audits {when} tell us about the "
             "quality of practice and about compliance, and what should happen next. Delete this note "
             "when you have.")
    doc.paragraph()


def summary(doc: Template, when: str, *, thematic: bool = True) -> None:
    doc.heading("Summary", 1)
    rows = [
        ("Case file audits received", "{{ summary.audits }} of {{ summary.expected_audits }} expected "
                                      "({{ summary.received_percent|percent }})"),
        ("Observations of practice received",
         "{{ summary.observations }} of {{ summary.expected_observations }} expected"),
    ]
    if thematic:
        rows.append(("Thematic and dip-sample audits received", "{{ summary.thematic_audits }}"))
    rows += [
        ("Audits with a final grade of Good or Outstanding",
         "{{ summary.good_or_better }} ({{ summary.good_or_better_percent|percent }})"),
        ("Audits moderated by a Head of Service",
         "{{ summary.moderated }} (grade changed in {{ summary.moderation_changed }})"),
        ("Urgent concerns about a child's safety", "{{ summary.urgent_concerns }}"),
        ("Cases judged Inadequate", "{{ summary.inadequate }}"),
    ]
    doc.figures(rows, when.capitalize())


def compliance(doc: Template, when: str, *, chart: bool = True) -> None:
    doc.heading("Audits received against the timetable", 1)
    doc.paragraph("Quality assurance is a shared responsibility across Children's Services: each manager "
                  "audits a set number of cases, and Heads of Service moderate them, to a timetable "
                  "(2018 framework, reporting timetable). The number expected below comes from that "
                  f"timetable; the number received is what reached the audit mailbox {when}.")
    doc.heading("By service", 2)
    doc.either("services", lambda: doc.table(
        ["Service", "Audits expected", "Audits received", "Received"],
        ["{{ row.service }}", "{{ row.expected_audits }}", "{{ row.audits }}", "{{ row.received_percent|percent }}"],
        [80, 30, 30, 30], loop="row in services", numeric=(1, 2, 3), together=True,
        total=["All services", "{{ summary.expected_audits }}", "{{ summary.audits }}",
               "{{ summary.received_percent|percent }}"]),
        f"No audits were expected or received {when}.")
    doc.paragraph()
    if chart:
        doc.chart("compliance", "Case file audits expected and received, by service.")
    doc.heading("Team by team", 2)
    teams(doc, when, with_service=True)


def teams(doc: Template, when: str, *, with_service: bool) -> None:
    headers = ["Team", "Audits expected", "Audits received", "Observations expected", "Observations received"]
    cells = ["{{ row.team }}", "{{ row.expected_audits }}", "{{ row.audits }}", "{{ row.expected_observations }}",
             "{{ row.observations }}"]
    widths = [70, 23, 23, 27, 27]
    total = ["All teams", "{{ summary.expected_audits }}", "{{ summary.audits }}",
             "{{ summary.expected_observations }}", "{{ summary.observations }}"]
    if with_service:
        headers, cells, total = ["Service", *headers], ["{{ row.service }}", *cells], ["", *total]
        widths = [36, 42, 21, 21, 25, 25]
    numeric = tuple(range(len(headers) - 4, len(headers)))
    doc.either("teams", lambda: doc.table(headers, cells, widths, loop="row in teams", numeric=numeric, total=total),
               f"No team was expected to send audits {when}, and none were received.")
    doc.paragraph()


def grades(doc: Template, when: str, *, what: str = "cases audited") -> None:
    doc.heading("Grades", 1)
    doc.paragraph(f"Auditors grade each of the {what} using the Ofsted judgements: Outstanding, Good, "
                  "Requires Improvement to be Good, or Inadequate. Where a Head of Service has moderated "
                  "an audit, the final grade is their moderated grade, because the moderator's judgement "
                  "stands (2018 framework).")
    doc.table(["Grade", "Auditor's grade", "Final grade"],
              ["{{ row.grade }}", "{{ row.auditor }}", "{{ row.final }}"],
              [80, 45, 45], loop="row in grades", numeric=(1, 2), together=True)
    doc.paragraph()
    doc.chart("grades", "The auditor's grade and the final grade, by grade.")


def moderation(doc: Template, when: str) -> None:
    doc.heading("Moderation by Heads of Service", 1)
    doc.paragraph("Heads of Service moderate each audit their managers complete, adding their comments in a "
                  "different colour and ending with their own judgement (2018 framework; 2025 framework "
                  "§3.1, weeks 5 and 6). Moderation keeps grading consistent across teams, and case-specific "
                  "feedback is discussed with the practitioner in supervision as reflective learning.")
    doc.figures([
        ("Audits moderated", "{{ moderation.moderated }}"),
        ("Grade confirmed", "{{ moderation.confirmed }}"),
        ("Grade raised", "{{ moderation.raised }}"),
        ("Grade lowered", "{{ moderation.lowered }}"),
    ], "Number")
    doc.either("moderation.changes", lambda: (
        doc.paragraph("Where moderation changed the grade:").paragraph_format.__setattr__("keep_with_next", True),
        doc.table(["Case ID", "Team", "Auditor's grade", "Moderated grade"],
                  ["{{ row.case_id }}", "{{ row.team }}", "{{ row.auditor_grade }}", "{{ row.moderated_grade }}"],
                  [25, 55, 45, 45], loop="row in moderation.changes", together=True),
        doc.paragraph()),
        f"No grades were changed at moderation {when}.")


def themes(doc: Template, when: str, *, source: str = "the audits") -> None:
    doc.heading("What the audits told us", 1)
    doc.paragraph("The 2018 framework asks us to show how often each strength and each area for development "
                  "was seen, not only that it was: for example, “in three out of the ten cases audited "
                  "there was…”. Each finding below counts the cases in which auditors wrote about it.")
    doc.heading("Strengths", 2)
    doc.either("strengths", lambda: doc.bullets("item in strengths", "{{ item.sentence }}",
                                                bold_lead="{{ item.theme }}: "),
               f"No strengths were recorded in {source} {when}.")
    doc.heading("Areas for development", 2)
    doc.either("development", lambda: doc.bullets("item in development", "{{ item.sentence }}",
                                                  bold_lead="{{ item.theme }}: "),
               f"No areas for development were recorded in {source} {when}.")
    other_findings(doc, "other", f"Every strength and area for development recorded in {source} {when} "
                                 "belongs to one of the themes above.")


def other_findings(doc: Template, key: str, otherwise: str, heading: str = "Other findings") -> None:
    """The findings that matched no theme, in the auditors' words, so that
    no learning is lost for want of a theme."""
    doc.heading(heading, 2)
    doc.either(f"{key}.strengths or {key}.development", lambda: (
        doc.paragraph("Findings that belong to none of the themes above, as auditors wrote them (with names and "
                      "case numbers taken out). Where auditors wrote the same words, the cases are counted "
                      "together."),
        doc.bullets(f"item in {key}.strengths", "{{ item.sentence }}", bold_lead="Strength: "),
        doc.bullets(f"item in {key}.development", "{{ item.sentence }}", bold_lead="Area for development: ")),
        otherwise)


def views_sought(doc: Template, when: str) -> None:
    doc.heading("The child's and family's views", 1)
    doc.paragraph("Children, young people and families should always be given the opportunity to contribute to "
                  "an audit, and their feedback should always be sought (2025 framework §2.4, item 7). Audit "
                  "forms that ask say whether it was.")

    def counted() -> None:
        doc.paragraph("{{ feedback.sentence }} {{ feedback.detail }}")
        doc.figures([
            ("Views sought", "{{ feedback.sought }} ({{ feedback.sought_percent|percent }})"),
            ("Views not sought", "{{ feedback.not_sought }}"),
            ("The audit form did not say", "{{ feedback.not_said }}"),
            ("Cases audited", "{{ feedback.audits }}"),
        ], "Number")

    doc.either("feedback.audits", counted, f"No cases were audited {when}.")


def urgent(doc: Template, when: str) -> None:
    doc.heading("Urgent concerns about a child's safety", 1)
    doc.paragraph("When an auditor has an immediate concern about a child's wellbeing, they tell the "
                  "responsible Head of Service as soon as the concern is raised, and the QA team is made "
                  "aware (2025 framework §3.1).")
    doc.either("urgent", lambda: (
        doc.table(["Case ID", "Team", "Audit date", "The concern"],
                  ["{{ row.case_id }}", "{{ row.team }}", "{{ row.date }}", "{{ row.detail }}"],
                  [25, 40, 30, 75], loop="row in urgent"),
        doc.paragraph()),
        f"No urgent concerns were raised {when}.")


def inadequate(doc: Template, when: str) -> None:
    doc.heading("Cases judged Inadequate", 1)
    doc.paragraph("A case judged Inadequate is shared with the responsible Head of Service and re-audited "
                  "within three months of the original audit (2025 framework §3.1).")
    doc.either("inadequate", lambda: (
        doc.table(["Case ID", "Team", "Audit date", "Re-audit due", "Re-audited"],
                  ["{{ row.case_id }}", "{{ row.team }}", "{{ row.date }}", "{{ row.re_audit_due }}",
                   "{{ row.re_audited|yes_no }}"],
                  [25, 50, 35, 35, 25], loop="row in inadequate"),
        doc.paragraph()),
        f"No cases were judged Inadequate {when}.")


def re_audits(doc: Template, when: str) -> None:
    doc.heading("Re-audits of cases judged Inadequate", 1)
    doc.paragraph("Each case judged Inadequate is re-audited within three months of the original audit (2025 "
                  f"framework §3.1). These re-audits were completed {when}, each shown with the grade the case "
                  "had then and has now.")
    doc.either("re_audits", lambda: (
        doc.table(["Case ID", "Team", "Judged Inadequate", "Re-audited", "Grade then \u2192 now"],
                  ["{{ row.case_id }}", "{{ row.team }}", "{{ row.first_date }}", "{{ row.date }}",
                   "{{ row.change }}"],
                  [22, 40, 30, 30, 48], loop="row in re_audits"),
        doc.paragraph()),
        f"No re-audits of cases judged Inadequate were completed {when}.")


def actions(doc: Template, when: str, *, spreadsheet: bool) -> None:
    doc.heading("Actions for individual children", 1)
    doc.paragraph("Every action from an audit says who will do what by when. The QA team tracks each action "
                  "until it is done, and Heads of Service confirm by the end of each quarter that the actions "
                  "in their service are complete – “closing the loop” (2018 framework; 2025 framework §3.1).")
    if spreadsheet:
        doc.tag("{%p if actions_spreadsheet is defined and actions_spreadsheet %}")
        doc.paragraph("The anonymised spreadsheet of these actions, {{ actions_spreadsheet }}, is attached to "
                      "this report to ensure tracking to completion. It carries case numbers only.")
        doc.tag("{%p endif %}")
    doc.figures([
        ("Open", "{{ actions.open }}"),
        ("Overdue", "{{ actions.overdue }}"),
        ("Completed", "{{ actions.completed }}"),
        ("All actions", "{{ actions.total }}"),
    ], "Number")
    doc.either("actions.rows", lambda: (
        doc.table(["Case ID", "Action", "By who", "By when", "Status"],
                  ["{{ row.case_id }}", "{{ row.action }}", "{{ row.owner }}", "{{ row.due }}", "{{ row.status }}"],
                  [22, 70, 30, 28, 20], loop="row in actions.rows"),
        doc.paragraph()),
        f"No actions were recorded in the audits {when}.")


def service_actions(doc: Template, when: str, *, one_service: bool = False) -> None:
    """The service-level actions for the performance clinic; `one_service`
    for a Head of Service overview, whose actions are all its service's."""
    doc.heading("Service-level actions for the performance clinic", 1)
    whose = "the service's service-level actions" if one_service else "every service-level action"
    doc.paragraph("After a thematic review or dip sample the Head of Service is responsible for a service-level "
                  "action plan, and the action plans are tracked at the monthly performance clinics (2025 "
                  f"framework §3.1). These are {whose} still open, and those set or completed "
                  f"{when}. Where the audit named nobody on the staff list as the owner, the owner is the Head of "
                  "Service of the service.")
    doc.figures([
        ("Open", "{{ service_actions.open }}"),
        ("Overdue", "{{ service_actions.overdue }}"),
        ("Completed", "{{ service_actions.completed }}"),
        ("All service-level actions", "{{ service_actions.total }}"),
    ], "Number")
    headers = ["Action", "Owner", "Due", "Status"]
    cells = ["{{ row.action }}", "{{ row.owner }}", "{{ row.due }}", "{{ row.status }}"]
    widths = [90, 34, 28, 18]
    if not one_service:
        headers, cells, widths = ["Service", *headers], ["{{ row.service }}", *cells], [34, 66, 28, 24, 18]
    doc.either("service_actions.rows", lambda: (
        doc.table(headers, cells, widths, loop="row in service_actions.rows"),
        doc.paragraph()),
        f"No service-level actions are open, and none were set or completed {when}.")


def observations(doc: Template, when: str) -> None:
    doc.heading("Observations of practice", 1)
    doc.paragraph("Managers observe practitioners working with children and families, and talk through what "
                  "they saw with the practitioner afterwards, so that every case-holding practitioner is "
                  "observed at least once a year. The 2018 framework asks for the themes from these "
                  "observations to be part of every report.")
    doc.paragraph("{{ observations.count }}", bold_lead=f"Observations received {when}: ")
    doc.heading("Strengths seen in observations", 2)
    doc.either("observations.strengths", lambda: doc.bullets(
        "item in observations.strengths", "{{ item.sentence }}", bold_lead="{{ item.theme }}: "),
        f"No strengths were recorded in observations {when}.")
    doc.heading("Areas for development seen in observations", 2)
    doc.either("observations.development", lambda: doc.bullets(
        "item in observations.development", "{{ item.sentence }}", bold_lead="{{ item.theme }}: "),
        f"No areas for development were recorded in observations {when}.")
    other_findings(doc, "observations.other", "Every strength and area for development recorded in observations "
                                              f"{when} belongs to one of the themes above.",
                   "Other findings from observations")


def thematic(doc: Template, when: str) -> None:
    doc.heading("Thematic and dip-sample audits", 1)
    doc.paragraph("Each quarter Heads of Service complete a thematic or dip-sample audit with their managers, "
                  "on a theme drawn from performance data, audits or the Senior Management Team. The 2018 "
                  "framework asks for their strengths, areas for development and actions in this report.")

    def each_audit() -> None:
        doc.tag("{%p for audit in thematic %}")
        doc.heading("{{ audit.theme }}", 2)
        doc.paragraph("{{ audit.service }}. Completed by {{ audit.auditor }} on {{ audit.date }}.")
        for key, label, empty in (("strengths", "Strengths", "No strengths were recorded."),
                                  ("development", "Areas for development", "No areas for development were recorded."),
                                  ("actions", "Actions", "No actions were recorded.")):
            doc.heading(label, 3)
            doc.either(f"audit.{key}", lambda key=key: doc.bullets(f"line in audit.{key}", "{{ line }}"), empty)
        doc.tag("{%p endfor %}")

    doc.either("thematic", each_audit, f"No thematic audits were received {when}.")


def months(doc: Template) -> None:
    doc.heading("Month by month", 1)
    doc.paragraph("The number of case file audits received each month, and how many had a final grade of "
                  "Good or Outstanding.")
    doc.table(["Month", "Audits", "Good or better", "Good or better (%)"],
              ["{{ row.label }}", "{{ row.audits }}", "{{ row.good_or_better }}",
               "{{ row.good_or_better_percent|percent }}"],
              [55, 35, 40, 40], loop="row in months", numeric=(1, 2, 3), together=True)
    doc.paragraph()
    doc.chart("trend", "Audits received each month (bars) and the percentage with a final grade of Good or "
                       "better (line).")


def sharing(doc: Template) -> None:
    doc.heading("Sharing the learning", 1)
    doc.paragraph("The strengths and areas for learning in this report are cascaded through the service "
                  "(2018 framework):")
    for line in ("the Quality of Practice Strategic Group;",
                 "monthly management and team meetings, which cascade the themes and issues;",
                 "managers, who follow up the actions from audits in one-to-one supervision;",
                 "the Strengthening Practice Programme, which takes up the themes from case file audits;",
                 "the Workforce Development Strategy and training plan."):
        doc.paragraph(line, "List Bullet")
    doc.paragraph("Each quarter the main messages are also shared with all staff as a 7 minute briefing "
                  "(2025 framework §4.1).")
    doc.paragraph(FRAMEWORKS, "Caption")


# The reports ----------------------------------------------------------------------

def audit_report(period: str) -> Template:
    """The monthly, quarterly or annual QA audit report for the whole of
    Children's Services; `period` is "month", "quarter" or "year"."""
    when = f"this {period}"
    doc = Template()
    opening(doc, "{{ department }} · {{ period_label }}")
    doc.heading("About this report", 1)
    if period == "month":
        doc.paragraph("This report brings together the case file audits, observations of practice and thematic "
                      "audits completed across {{ department }} in {{ period_label }}, after Heads of Service "
                      "moderated them by the 14th.")
        doc.paragraph("The 2018 framework asks for a Quality Assurance Audit Report each month, one month in "
                      "arrears, for the whole of Children's Services. It draws on the Head of Service overview "
                      "reports and sets out how often strengths and areas for development were seen, and the "
                      "actions to be taken. It is presented to Service and Senior Management Team meetings and "
                      "to Performance Clinics.")
    else:
        doc.paragraph("This report looks back over {{ period_label }}: the number of case file audits "
                      "completed team by team, the themes drawn from the Head of Service overview reports, and "
                      "the learning from observations of practice and thematic audits.")
        doc.paragraph(f"The 2018 framework asks for a {'Quarterly' if period == 'quarter' else 'Annual'} "
                      "Quality Assurance Audit Report alongside the monthly reports, commenting on quality and "
                      "compliance. It is presented to Management Teams and Performance Clinics, including the "
                      "Senior Leadership Team Performance Clinic. The quality of supervision practice has its "
                      "own quarterly report.")
    key_messages(doc, when)
    summary(doc, when)
    compliance(doc, when)
    if period != "month":
        months(doc)
    grades(doc, when)
    moderation(doc, when)
    themes(doc, when)
    views_sought(doc, when)
    if period == "month":
        urgent(doc, when)
    inadequate(doc, when)
    re_audits(doc, when)
    actions(doc, when, spreadsheet=period == "month")
    if period == "month":
        service_actions(doc, when)
    observations(doc, when)
    thematic(doc, when)
    sharing(doc)
    return doc


def overview() -> Template:
    """The Head of Service overview (moderation pro-forma) for one service."""
    when = "this month"
    doc = Template()
    opening(doc, "{{ service }} · {{ period_label }}")
    doc.paragraph("{{ head_of_service }}", bold_lead="Head of Service: ")
    doc.heading("About this report", 1)
    doc.paragraph("This is the Head of Service overview of the audits completed in {{ service }} in "
                  "{{ period_label }}, drafted by the {{ qa_team_name }} from the moderated audits for the Head "
                  "of Service to complete.")
    doc.paragraph("The 2018 framework asks each Head of Service to moderate the audits their managers completed "
                  "and to complete this moderation report. It highlights the prevalence of strengths in the "
                  "cases audited (for example, in three out of the ten cases audited there was…), the "
                  "prevalence of areas for development and the prioritised actions. It is sent with the "
                  "moderated audits to the audit mailbox by the 14th of the month, or the nearest working day, "
                  "and discussed at Performance Clinics and team meetings.")
    summary(doc, when, thematic=False)
    doc.heading("Audits received, team by team", 1)
    teams(doc, when, with_service=False)
    grades(doc, when)
    moderation(doc, when)
    themes(doc, when)
    views_sought(doc, when)
    doc.heading("Prioritised actions", 1)
    doc.paragraph("The areas for development seen most often, with the action the service will take on each.")
    doc.either("priorities", lambda: (
        doc.table(["Area for development", "How often", "Action to be taken"],
                  ["{{ row.theme }}", "{{ row.count }} of {{ row.total }} cases", "{{ row.action }}"],
                  [50, 30, 90], loop="row in priorities", together=True),
        doc.paragraph()),
        f"No areas for development were recorded {when}, so there are no prioritised actions.")
    doc.heading("Head of Service commentary", 1)
    doc.note("Head of Service: add your commentary here – what the audits tell you about practice in your "
             "service, how you know, and what you are doing as a result. Delete this note when you have.")
    doc.paragraph()
    actions(doc, when, spreadsheet=False)
    service_actions(doc, when, one_service=True)
    urgent(doc, when)
    inadequate(doc, when)
    doc.heading("Sign-off", 1)
    doc.paragraph("{{ head_of_service }}", bold_lead="Head of Service: ")
    doc.paragraph("", bold_lead="Date: ")
    doc.paragraph(FRAMEWORKS, "Caption")
    return doc


def supervision() -> Template:
    """The quarterly report on the quality of supervision practice."""
    when = "this quarter"
    doc = Template(marking="OFFICIAL")
    opening(doc, "{{ department }} · {{ period_label }}")
    doc.heading("About this report", 1)
    doc.paragraph("Heads of Service audit the supervision records of the practitioners in their service each "
                  "quarter, using the agreed audit tool, so that every practitioner's supervision file is "
                  "audited twice each year (2018 framework). This separate quarterly report on the quality of "
                  "supervision practice accompanies the Quarterly Quality Assurance Audit Report.")
    doc.paragraph("Good supervision gives practitioners reflection, direction and clear timescales, and is where "
                  "managers follow up the actions from case file audits.")
    key_messages(doc, when)
    doc.heading("Summary", 1)
    doc.figures([
        ("Supervision audits received", "{{ summary.supervision_audits }} of {{ summary.expected }} expected "
                                        "({{ summary.received_percent|percent }})"),
        ("Practitioners whose supervision was audited", "{{ summary.practitioners }}"),
    ], "This quarter")
    doc.heading("Audits received from each Head of Service", 1)
    doc.either("heads", lambda: (
        doc.table(["Head of Service", "Service", "Expected", "Received"],
                  ["{{ row.head_of_service }}", "{{ row.service }}", "{{ row.expected }}", "{{ row.received }}"],
                  [50, 70, 25, 25], loop="row in heads", numeric=(2, 3), together=True),
        doc.paragraph()),
        f"No supervision audits were expected {when}.")
    grades(doc, when, what="supervision files audited")
    themes(doc, when, source="the supervision audits")
    sharing(doc)
    return doc


def briefing() -> Template:
    """The quarterly 7 minute briefing for all staff: one A4 page of seven
    numbered boxes (2025 framework §4.1, item 6).

    No tables: a tagged PDF would announce a table of boxes as data. The
    title band is shaded paragraphs; boxes 1 to 6 are a section of two
    columns (1 to 3, then 4 to 6), box 7 runs the full width below them.
    Each box opens with a Heading 1, so a screen reader reads the boxes in
    number order and can move from one to the next."""
    doc = Template(margin_mm=13, base_size=9.5, marking=None, compact=True)
    # Two paragraphs in the band, not three: LibreOffice leaves the sides of
    # a panel's middle paragraph unshaded.
    doc.paragraph("{{ title }}", "Title")
    subtitle = doc.paragraph("For all staff: what our quality assurance audits told us · {{ period_label }}",
                             "Subtitle")
    subtitle.paragraph_format.space_after = Pt(6)
    doc.draft_notice("DRAFT for review – please check the wording before this briefing goes to all staff.")
    section_break(doc, columns=2)

    def box(number: int, heading: str, *, new_column: bool = False, first: bool = False) -> None:
        paragraph = doc.document.add_paragraph(style="Heading 1")
        if new_column:
            paragraph.add_run().add_break(WD_BREAK.COLUMN)
        if first or new_column:
            # LibreOffice drops the space above the first box of a section but
            # not above a box after a column break: none above either, so they line up.
            paragraph.paragraph_format.space_before = Pt(0)
        number_run = paragraph.add_run(f"{number}")
        number_run.font.size = Pt(15)
        number_run.font.color.rgb = RGBColor.from_string(ORANGE)
        paragraph.add_run(f"  {heading}")

    box(1, "Background", first=True)
    doc.paragraph("{{ background }}")
    box(2, "Why it matters")
    doc.paragraph("{{ why_it_matters }}")
    box(3, "What we found")
    doc.bullets("line in findings", "{{ line }}")
    box(4, "What is working well", new_column=True)
    doc.bullets("line in working_well", "{{ line }}")
    box(5, "What needs to improve")
    doc.bullets("line in to_improve", "{{ line }}")
    box(6, "Questions for reflection")
    doc.bullets("line in questions", "{{ line }}")
    section_break(doc, columns=1)
    box(7, "What to do next")
    doc.bullets("line in next_steps", "{{ line }}")
    doc.paragraph("{{ where_to_find }}", bold_lead="Where to find more: ")
    doc.paragraph("{{ contact }}", bold_lead="Contact: ")
    return doc


def section_break(doc: Template, *, columns: int) -> None:
    """End the section so far on this page (a small empty paragraph holds
    the break) and lay out what follows in `columns` columns."""
    section = doc.document.add_section(WD_SECTION.CONTINUOUS)
    doc.document.paragraphs[-1].style = "Section Break"
    layout = section._sectPr.find(qn("w:cols"))
    if layout is None:
        layout = OxmlElement("w:cols")
        section._sectPr.append(layout)
    layout.set(qn("w:num"), str(columns))
    layout.set(qn("w:space"), str(Mm(6).twips))


BUILDERS: dict[str, Callable[[], Template]] = {
    "monthly": lambda: audit_report("month"),
    "overview": overview,
    "quarterly": lambda: audit_report("quarter"),
    "annual": lambda: audit_report("year"),
    "supervision": supervision,
    "briefing": briefing,
}


def build(output: Path = OUTPUT) -> list[Path]:
    """Write every report template into `output`; return their paths."""
    written = []
    for kind in KINDS:
        path = output / f"{kind}.docx"
        BUILDERS[kind]().save(path)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    for path in build(output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
