"""Making a drafted report an accessible document.

Councils publish to the Public Sector Bodies Accessibility Regulations 2018
(WCAG 2.2 AA). The templates already use Word's heading styles and a table
style with a header row; a rendered report is finished here:

- its title (the report's title and period) and language are set, so a
  screen reader announces them;
- the first row of every data table is marked as a header row, which Word
  and LibreOffice repeat on each page and a tagged PDF makes header cells.
  A table with no table style is taken to be for layout only (the
  shipped templates have none: the briefing draws its boxes as headed
  paragraphs in columns, but a template edited in Word may), and is left
  as it is;
- every chart's alternative text states its figures (`describe_chart`);
- headings that skip a level (a Heading 3 straight after a Heading 1) are
  reported, since the QA team may restyle a template in Word.

Nothing here needs matplotlib or LibreOffice: it works on the document's XML.
"""

from __future__ import annotations

import re
from typing import Any

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LANGUAGE = "en-GB"
HEADING_STYLE = re.compile(r"^heading ?(\d)$", re.IGNORECASE)


# The document ---------------------------------------------------------------------

def finish(document: Document, *, title: str, language: str = LANGUAGE) -> list[str]:
    """Set `document`'s title and language (the language only where the
    template names none) and mark the header row of each data table;
    return the heading problems `heading_problems` finds, for the QA team."""
    properties = document.core_properties
    properties.title = title
    properties.language = properties.language or language
    _default_language(document, language)
    for table in document.tables:
        mark_header_row(table._tbl)
    return heading_problems(document)


def mark_header_row(table) -> bool:
    """Mark the first row of the `w:tbl` element `table` as a header row,
    repeated on each page, unless the table has no style (a layout table)
    or no rows. Return whether the row is marked."""
    properties = table.tblPr
    rows = table.findall(qn("w:tr"))
    if properties is None or properties.find(qn("w:tblStyle")) is None or not rows:
        return False
    row_properties = rows[0].get_or_add_trPr()
    if row_properties.find(qn("w:tblHeader")) is None:
        row_properties.append(OxmlElement("w:tblHeader"))
    return True


def heading_levels(document: Document) -> list[tuple[int, str]]:
    """The (level, text) of each heading in the body, in reading order,
    tables included (a template edited in Word may head a box in a table)."""
    found = []
    for paragraph in document.element.body.iter(qn("w:p")):
        style_id = paragraph.style
        if not style_id:
            continue
        name = document.styles.element.get_by_id(style_id)
        matched = HEADING_STYLE.match(name.name_val if name is not None else style_id)
        if matched:
            text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
            found.append((int(matched.group(1)), " ".join(text.split())))
    return found


def heading_problems(document: Document) -> list[str]:
    """Each place a heading skips a level: the first heading must be a
    Heading 1 and each one at most one level below the one before."""
    problems = []
    previous = 0
    for level, text in heading_levels(document):
        if level > previous + 1:
            before = f"a Heading {previous}" if previous else "the start of the document"
            problems.append(f"The heading “{text}” is a Heading {level} after {before}; "
                            f"make it a Heading {previous + 1} so no level is skipped.")
        previous = level
    return problems


def _default_language(document: Document, language: str) -> None:
    """Name `language` in the document's default run properties unless the
    template names one already."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    element = properties.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        properties.append(element)
    if not element.get(qn("w:val")):
        element.set(qn("w:val"), language)


# Alternative text for the charts ---------------------------------------------------

def describe_chart(name: str, context: dict[str, Any]) -> str:
    """The alternative text of the chart `name` (as `charts.for_report`
    names them) drawn from `context`: what it shows and every figure in it,
    so a reader who cannot see it loses nothing."""
    if name == "grades":
        return describe_grades(context.get("grades") or [])
    if name == "compliance":
        return describe_compliance(context.get("services") or [])
    if name == "trend":
        return describe_trend(context.get("months") or [])
    return f"Chart: {name}."


def describe_grades(grades: list[dict[str, Any]]) -> str:
    lead = "Bar chart of the number of audits at each grade, the auditor's grade beside the final grade"
    rows = [row for row in grades if (row.get("auditor") or 0) or (row.get("final") or 0)]
    if not rows:
        return f"{lead}: no audits in this period."
    parts = [f"{row.get('grade') or 'No grade'}: auditor {row.get('auditor') or 0}, final {row.get('final') or 0}"
             for row in rows]
    return f"{lead}. " + "; ".join(parts) + "."


def describe_compliance(rows: list[dict[str, Any]], label_key: str = "service") -> str:
    lead = "Bar chart of the case file audits expected and received"
    rows = [row for row in rows if (row.get("expected_audits") or 0) or (row.get("audits") or 0)]
    if not rows:
        return f"{lead}: no audits in this period."
    parts = [f"{row.get(label_key) or 'Not given'}: {row.get('audits') or 0} received of "
             f"{row.get('expected_audits') or 0} expected" for row in rows]
    return f"{lead}. " + "; ".join(parts) + "."


def describe_trend(months: list[dict[str, Any]]) -> str:
    lead = "Chart of the audits received each month and the percentage judged Good or better"
    if not any(row.get("audits") or 0 for row in months):
        return f"{lead}: no audits in this period."
    parts = []
    for row in months:
        share = row.get("good_or_better_percent")
        judged = "" if share is None else f", {share:g}% Good or better"
        parts.append(f"{row.get('label', '')}: {row.get('audits') or 0} audits{judged}")
    return f"{lead}. " + "; ".join(parts) + "."
