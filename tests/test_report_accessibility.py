"""Accessible reports (Public Sector Bodies Accessibility Regulations 2018,
WCAG 2.2 AA): every report the bot drafts (monthly, quarterly, annual, a
Head of Service's overview, the supervision report and the 7 minute
briefing), rendered from the shipped templates and read back as Word
documents and, where LibreOffice is installed, as tagged PDFs checked with
`pypdf` and the `pdfua` checker."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
import report_contexts
from docx.oxml.ns import qn

from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT
from bot.reports import accessibility, charts, render

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "reports"
KINDS = ("monthly", "quarterly", "annual", "overview", "supervision", "briefing")
TITLES = {
    "monthly": "Monthly Quality Assurance Audit Report – October 2026",
    "quarterly": "Quarterly Quality Assurance Audit Report",
    "annual": "Annual Quality Assurance Audit Report",
    "overview": "Head of Service Overview: Children in Care",
    "supervision": "Quality of Supervision Practice",
    "briefing": "7 Minute Briefing",
}


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("accessible")
    made = {}
    for kind in KINDS:
        context = report_contexts.context(kind)
        context["charts"] = charts.for_report(kind, context, directory / "charts")
        made[kind] = render.render(kind, context, directory / f"{kind}.docx", templates_dir=TEMPLATES)
    return made


@pytest.fixture(scope="module")
def pdfs(drafted) -> dict[str, Path]:
    if not render.libreoffice_available():
        pytest.skip("LibreOffice is not installed, so no PDF copy is made")
    return dict(zip(KINDS, render.to_pdfs([drafted[kind] for kind in KINDS])))


def body_headings(document) -> list[tuple[int, str]]:
    """(level, text) of each paragraph styled 'Heading n', tables included."""
    found = []
    for paragraph in document.element.body.iter(qn("w:p")):
        style = document.styles.element.get_by_id(paragraph.style) if paragraph.style else None
        matched = re.fullmatch(r"heading (\d)", style.name_val, re.IGNORECASE) if style is not None else None
        if matched:
            found.append((int(matched.group(1)), "".join(t.text or "" for t in paragraph.iter(qn("w:t")))))
    return found


# The Word documents ------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_the_document_names_its_title_and_language(drafted, kind):
    document = docx.Document(drafted[kind])
    assert document.core_properties.title.startswith(TITLES[kind])
    assert document.core_properties.language == "en-GB"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    language = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert language.get(qn("w:val")) == "en-GB"


@pytest.mark.parametrize("kind", KINDS)
def test_headings_are_real_heading_styles_and_skip_no_level(drafted, kind):
    document = docx.Document(drafted[kind])
    levels = [level for level, _ in body_headings(document)]
    assert len(levels) >= (7 if kind in ("monthly", "briefing") else 3), levels
    assert levels[0] == 1
    assert all(level <= before + 1 for before, level in zip(levels, levels[1:])), levels
    assert accessibility.heading_problems(document) == []


def test_every_table_of_the_monthly_report_has_a_repeated_header_row(drafted):
    document = docx.Document(drafted["monthly"])
    assert len(document.tables) >= 10
    for table in document.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None, table.rows[0].cells[0].text
        assert not any(row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
                       for row in table.rows[1:])


def test_the_briefing_draws_its_band_and_boxes_without_tables(drafted):
    # A table of boxes would be read out as data, each box a cell under no
    # header: the boxes are headed paragraphs, in two columns, in number order.
    document = docx.Document(drafted["briefing"])
    assert document.tables == []
    boxes = [text for level, text in body_headings(document)]
    assert [text.split()[0] for text in boxes] == [str(number) for number in range(1, 8)]
    assert boxes[3] == "4  What is working well"
    columns = [section._sectPr.find(qn("w:cols")) for section in document.sections]
    assert [int(layout.get(qn("w:num"), "1")) for layout in columns] == [1, 2, 1]


def test_each_chart_has_alternative_text_stating_its_figures(drafted):
    document = docx.Document(drafted["monthly"])
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert len(descriptions) == 2
    grades = next(text for text in descriptions if "grade" in text)
    compliance = next(text for text in descriptions if "expected and received" in text)
    for grade, auditor, final in ((OUTSTANDING, 2, 1), (GOOD, 9, 8), (REQUIRES_IMPROVEMENT, 5, 6),
                                  (INADEQUATE, 1, 2)):
        assert f"{grade}: auditor {auditor}, final {final}" in grades
    assert "No grade" not in grades
    for row in report_contexts.SERVICES:
        assert f"{row['service']}: {row['audits']} received of {row['expected_audits']} expected" in compliance


def test_the_trend_and_an_empty_chart_are_described_in_words():
    text = accessibility.describe_trend(report_contexts.MONTHS)
    assert "Oct 2026: 17 audits, 53% Good or better; Nov 2026: 15 audits, 60% Good or better; " \
           "Dec 2026: 0 audits." in text
    assert accessibility.describe_grades([]).endswith("no audits in this period.")


def test_a_heading_that_skips_a_level_is_reported():
    document = docx.Document()
    document.add_heading("Summary", 1)
    document.add_heading("Detail", 3)
    problems = accessibility.heading_problems(document)
    assert len(problems) == 1 and "“Detail” is a Heading 3 after a Heading 1" in problems[0]


def test_a_layout_table_gets_no_header_row_and_a_styled_one_does():
    document = docx.Document()
    layout = document.add_table(rows=2, cols=2)
    data = document.add_table(rows=2, cols=2)
    data.style = "Table Grid"
    accessibility.finish(document, title="Report")
    assert layout.rows[0]._tr.trPr is None
    assert data.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert document.core_properties.title == "Report"


# The PDF copies ----------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_copy_is_tagged_with_its_title_and_language(pdfs, kind):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(pdfs[kind])
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a PDF boolean)
    assert root["/Lang"] == "en-GB"
    assert reader.metadata.title.startswith(TITLES[kind])
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712


@pytest.mark.parametrize("kind", KINDS)
def test_the_pdf_copies_pass_the_pdfua_checks(pdfs, kind):
    pdfua = pytest.importorskip("pdfua")
    report = pdfua.validate(str(pdfs[kind]))
    assert not report.findings, [f"{finding.rule_id}: {finding.message}" for finding in report.findings]


def structure(node) -> list[str]:
    """The structure types under a tagged PDF's structure element `node`,
    in reading order ("/H1", "/L", ...)."""
    kids = node.get("/K")
    kids = [] if kids is None else kids.get_object()
    found = []
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object()
        if isinstance(kid, dict) and "/S" in kid:
            found += [str(kid["/S"]), *structure(kid)]
    return found


def test_the_briefing_pdf_is_one_page_read_as_headed_boxes_not_tables(pdfs):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(pdfs["briefing"])
    assert len(reader.pages) == 1
    tags = structure(reader.trailer["/Root"]["/StructTreeRoot"])
    assert not {"/Table", "/TR", "/TH", "/TD"} & set(tags)
    assert tags.count("/H1") == 7
    # The title comes first, then each box's heading and what it holds.
    assert tags.index("/Title") < tags.index("/H1")
