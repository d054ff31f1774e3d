"""The Word reports: the templates the QA team may edit, rendered with the
sample contexts in `report_contexts`, read back with python-docx, and
turned into PDF with LibreOffice where it is installed."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import docx
import pytest
import report_contexts
from docx.oxml.ns import qn

from bot.errors import BotError
from bot.reports import charts, render

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "reports"
KINDS = ("monthly", "overview", "quarterly", "annual", "supervision", "briefing")
SHARED_HEADINGS = ["About this report", "Summary", "Grades", "What the audits told us", "Strengths",
                   "Areas for development", "Sharing the learning"]
AUDIT_HEADINGS = [*SHARED_HEADINGS, "Key messages", "Audits received against the timetable", "Team by team",
                  "Moderation by Heads of Service", "Cases judged Inadequate", "Actions for individual children",
                  "Observations of practice", "Thematic and dip-sample audits",
                  "Neglect: use of the Graded Care Profile", "Re-audits of cases judged Inadequate",
                  "The child's and family's views"]
HEADINGS = {
    "monthly": [*AUDIT_HEADINGS, "Urgent concerns about a child's safety",
                "Service-level actions for the performance clinic"],
    "overview": ["About this report", "Summary", "Audits received, team by team", "Grades",
                 "Moderation by Heads of Service", "Strengths", "Areas for development",
                 "The child's and family's views", "Prioritised actions", "Head of Service commentary",
                 "Actions for individual children", "Service-level actions for the performance clinic",
                 "Urgent concerns about a child's safety", "Cases judged Inadequate", "Sign-off"],
    "quarterly": [*AUDIT_HEADINGS, "Month by month"],
    "annual": [*AUDIT_HEADINGS, "Month by month"],
    "supervision": [*SHARED_HEADINGS, "Key messages", "Audits received from each Head of Service"],
    "briefing": ["Background", "Why it matters", "What we found", "What is working well", "What needs to improve",
                 "Questions for reflection", "What to do next"],
}
FIGURES = {
    "monthly": ["17 of 20 expected (85%)", "6 of 9 expected", "9 (53%)", "14 (grade changed in 3)",
                "In 12 of the 17 cases audited, the child or family's views were sought. In 2 they were not; 3 audit "
                "forms did not say whether they were.", "12 (71%)",
                "QA actions October 2026.xlsx", "Placement stability at risk"],
    "overview": ["4 of 4 expected (100%)", "David Okonjo", "8 of 17 cases",
                 "In 3 of the 4 cases audited, the child or family's views were sought. In 1 they were not.",
                 "3 (75%)"],
    "quarterly": ["17 of 20 expected (85%)", "Q3 2026/27 (October to December 2026)"],
    "annual": ["17 of 20 expected (85%)", "2026/27 (April 2026 to March 2027)"],
    "supervision": ["9 of 12 expected (75%)", "Mark Ellison"],
    "briefing": ["18 of 32 audited cases (56%)", "Munro, 2011", "qa-team@northmoor.example.gov.uk"],
}
CHARTS = {"monthly": 2, "overview": 1, "quarterly": 3, "annual": 3, "supervision": 1, "briefing": 0}


# Helpers ---------------------------------------------------------------------------

def paragraphs(container):
    """Every paragraph, including those inside tables."""
    for paragraph in container.paragraphs:
        yield paragraph
    for table in container.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from paragraphs(cell)


def text_of(document) -> str:
    return "\n".join(paragraph.text for paragraph in paragraphs(document))


def headings(document) -> list[str]:
    return [" ".join(paragraph.text.split()) for paragraph in paragraphs(document)
            if paragraph.style.name.startswith(("Heading", "Title"))]


def table_rows(document) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]


def draw_charts(kind: str, context: dict, directory: Path) -> dict:
    context["charts"] = charts.for_report(kind, context, directory)
    return context


def render_kind(kind: str, directory: Path, context: dict | None = None, templates: Path = TEMPLATES) -> Path:
    context = draw_charts(kind, context or report_contexts.context(kind), directory / "charts")
    return render.render(kind, context, directory / f"{kind}.docx", templates_dir=templates)


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def longest_briefing() -> dict:
    """The briefing at the length the layout promises to fit: sentences of
    25 words, five of them in "What we found" (the grades, Inadequate cases,
    re-audits, moderation, urgent concerns) and four in every other list,
    and 60 words of background and of why it matters."""
    context = report_contexts.context("briefing")
    filler = ("and this sentence carries extra words about practice with children, families and partners "
              "across every team in our service").split()
    for key in ("findings", "working_well", "to_improve", "questions", "next_steps"):
        context[key] = [" ".join((line.rstrip(".?").split() + filler)[:25]) + "." for line in context[key]]
    for key in ("background", "why_it_matters"):
        context[key] = " ".join((context[key].split() + filler)[:60]) + "."
    return context


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("reports")
    return {kind: render_kind(kind, directory) for kind in KINDS}


# Rendering -------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_each_report_has_its_headings_and_the_figures_passed_in(rendered, kind):
    document = docx.Document(rendered[kind])
    found = headings(document)
    for heading in HEADINGS[kind]:
        assert any(heading in text for text in found), f"{kind}: no heading {heading!r} in {found}"
    assert report_contexts.context(kind)["title"] in found
    text = text_of(document)
    for figure in FIGURES[kind]:
        assert figure in text, f"{kind}: {figure!r} missing"
    assert "{{" not in text and "{%" not in text


def test_the_monthly_tables_carry_each_row_passed_in(rendered):
    rows = table_rows(docx.Document(rendered["monthly"]))
    assert ["Assessment and Child Protection", "Family Safeguarding Team 1", "2", "1", "1", "0"] in rows
    assert ["Children with Disabilities", "2", "1", "50%"] in rows
    assert ["", "All teams", "20", "17", "9", "6"] in rows
    assert ["Children in Care", "Review the template for placement plans.", "David Okonjo", "9 October 2026",
            "Completed"] in rows
    assert ["4402218", "Assessment Team 1", "14 July 2026", "9 October 2026",
            "Inadequate \u2192 Requires Improvement to be Good"] in rows
    assert ["Requires Improvement to be Good", "5", "6"] in rows
    assert ["4410533", "Children in Care Team", "Requires Improvement to be Good", "Inadequate"] in rows
    assert ["4409871", "Family Safeguarding Team 1", "20 October 2026", "20 January 2027", "Not yet"] in rows
    assert ["4410027", "Update the child's plan so each action has an owner and a date.", "Jane Smith",
            "30 November 2026", "Overdue"] in rows


def test_the_overview_lists_its_services_own_service_level_actions(rendered):
    rows = table_rows(docx.Document(rendered["overview"]))
    assert ["Action", "Owner", "Due", "Status"] in rows
    assert ["Review the template for placement plans.", "David Okonjo", "9 October 2026", "Completed"] in rows
    assert not any("neglect workshop" in cell for row in rows for cell in row)


def test_the_quarterly_report_lists_each_month(rendered):
    rows = table_rows(docx.Document(rendered["quarterly"]))
    assert ["Nov 2026", "15", "9", "60%"] in rows
    assert ["Dec 2026", "0", "0", "n/a"] in rows


@pytest.mark.parametrize("kind", KINDS)
def test_charts_are_pictures_with_alternative_text(rendered, kind):
    document = docx.Document(rendered[kind])
    assert len(document.inline_shapes) == CHARTS[kind]
    for shape in document.inline_shapes:
        assert shape._inline.docPr.get("descr")
        assert 150 <= shape.width.mm <= 170


def test_the_page_header_names_the_council_and_the_footer_numbers_pages(rendered):
    document = docx.Document(rendered["monthly"])
    section = document.sections[0]
    header = text_of(section.header)
    assert "Northmoor Borough Council" in header and "Children's Services" in header
    assert "OFFICIAL – SENSITIVE" in header
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "Monthly Quality Assurance Audit Report – October 2026" in text_of(section.footer)
    assert document.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    assert document.sections[0].page_height.mm == pytest.approx(297, abs=0.5)


def test_only_reports_listing_case_ids_are_marked_sensitive(rendered):
    for kind in ("monthly", "overview", "quarterly", "annual"):
        assert "OFFICIAL – SENSITIVE" in text_of(docx.Document(rendered[kind]).sections[0].header)
    for kind in ("supervision", "briefing"):
        document = docx.Document(rendered[kind])
        assert "SENSITIVE" not in text_of(document.sections[0].header) + text_of(document)
    assert not re.search(r"\b44\d{5}\b", text_of(docx.Document(rendered["briefing"])))


def test_tables_use_a_named_style_with_a_header_row(rendered):
    document = docx.Document(rendered["monthly"])
    table = document.tables[0]
    assert table.style.name == "QA Table"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_the_draft_line_shows_only_while_draft(tmp_path):
    draft = text_of(docx.Document(render_kind("monthly", tmp_path)))
    assert "DRAFT for review" in draft and "QA team: write three or four sentences" in draft
    context = report_contexts.context("monthly") | {"draft": False}
    final = text_of(docx.Document(render_kind("monthly", tmp_path, context)))
    assert "DRAFT" not in final and "QA team: write" not in final


@pytest.mark.parametrize("kind", KINDS)
def test_a_period_with_nothing_received_reads_as_sentences(tmp_path, kind):
    document = docx.Document(render_kind(kind, tmp_path, report_contexts.empty(kind)))
    text = text_of(document)
    assert "{{" not in text and "None" not in text
    expected = {
        "monthly": ["No urgent concerns were raised this month.", "No cases were judged Inadequate this month.",
                    "No actions were recorded in the audits this month.",
                    "No thematic audits were received this month.", "0 of 0 expected (n/a)"],
        "overview": ["No areas for development were recorded this month, so there are no prioritised actions.",
                     "No cases were audited this month.",
                     "No service-level actions are open, and none were set or completed this month."],
        "quarterly": ["No strengths were recorded in the audits this quarter."],
        "annual": ["No cases were judged Inadequate this year."],
        "supervision": ["No supervision audits were expected this quarter."],
        "briefing": [],
    }[kind]
    for sentence in expected:
        assert sentence in text
    assert len(document.inline_shapes) == CHARTS[kind]


def test_free_text_with_ampersands_and_angle_brackets_renders_as_written(tmp_path):
    context = report_contexts.context("monthly")
    context["organisation"] = "Smith & Jones <Borough> Council"
    context["strengths"][0]["sentence"] = "Mum & dad said <b>thanks</b> & the child's \"voice\" was heard.\x0b"
    context["actions"]["rows"][0]["action"] = "Check A < B & C > D before {{ review }}"
    document = docx.Document(render_kind("monthly", tmp_path, context))
    text = text_of(document)
    assert "Mum & dad said <b>thanks</b> & the child's \"voice\" was heard." in text
    assert "Check A < B & C > D before {{ review }}" in [cell for row in table_rows(document) for cell in row]
    assert "Smith & Jones <Borough> Council" in text_of(document.sections[0].header)


def test_a_configured_logo_is_a_picture_in_the_page_header(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#1F3864").save(logo)
    context = report_contexts.context("monthly") | {"logo": str(logo)}
    document = docx.Document(render_kind("monthly", tmp_path, context))
    pictures = list(document.sections[0].header._element.iter(qn("wp:inline")))
    assert len(pictures) == 1
    assert pictures[0].find(qn("wp:docPr")).get("descr") == "Northmoor Borough Council logo"
    assert len(document.inline_shapes) == CHARTS["monthly"]


def test_a_missing_picture_is_a_plain_error(tmp_path):
    context = report_contexts.context("monthly") | {"logo": str(tmp_path / "no-logo.png")}
    with pytest.raises(BotError, match="no-logo.png is missing"):
        render.render("monthly", context, tmp_path / "out.docx", templates_dir=TEMPLATES)


# Templates the QA team edits ------------------------------------------------------

@pytest.fixture
def own_templates(tmp_path) -> Path:
    target = tmp_path / "templates"
    shutil.copytree(TEMPLATES, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Change a paragraph's text the way Word would, with python-docx."""
    document = docx.Document(path)
    paragraph = next(paragraph for paragraph in document.paragraphs if paragraph.text == old)
    paragraph.text = new
    document.save(path)


def test_a_heading_reworded_in_the_template_changes_the_report(tmp_path, own_templates):
    edit(own_templates / "monthly.docx", "Summary", "This month at a glance")
    document = docx.Document(render_kind("monthly", tmp_path, templates=own_templates))
    found = headings(document)
    assert "This month at a glance" in found and "Summary" not in found
    assert "17 of 20 expected (85%)" in text_of(document)


@pytest.mark.parametrize("broken, problem", [
    ("{{ summary.audits }", "broken tag"),
    ("{%p if draft %}", "broken tag"),
    ("{{ summary.audit_count }}", "audit_count"),
])
def test_a_broken_tag_is_a_plain_error_naming_the_template(tmp_path, own_templates, broken, problem):
    edit(own_templates / "monthly.docx", "Key messages", broken)
    with pytest.raises(BotError) as raised:
        render_kind("monthly", tmp_path, templates=own_templates)
    message = str(raised.value)
    assert str(own_templates / "monthly.docx") in message and problem in message
    assert "Traceback" not in message
    assert not (tmp_path / "monthly.docx").exists()


def test_a_missing_or_unreadable_template_is_a_plain_error(tmp_path, own_templates):
    (own_templates / "briefing.docx").unlink()
    with pytest.raises(BotError, match=r"briefing\.docx is missing"):
        render_kind("briefing", tmp_path, templates=own_templates)
    (own_templates / "overview.docx").write_text("not a Word document")
    with pytest.raises(BotError, match=r"overview\.docx cannot be opened as a Word document"):
        render_kind("overview", tmp_path, templates=own_templates)


def test_building_the_templates_twice_gives_the_same_files(tmp_path):
    spec = importlib.util.spec_from_file_location("build_report_templates",
                                                  ROOT / "scripts" / "build_report_templates.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    first = builder.build(tmp_path / "first")
    second = builder.build(tmp_path / "second")
    assert [path.name for path in first] == [f"{kind}.docx" for kind in KINDS]
    for one, two in zip(first, second):
        assert one.read_bytes() == two.read_bytes()


# Charts ---------------------------------------------------------------------------

def test_charts_with_no_audits_say_so_and_the_same_rows_give_the_same_file(tmp_path):
    empty = [charts.grade_chart([], tmp_path / "grades.png"),
             charts.compliance_chart([], tmp_path / "compliance.png"),
             charts.trend_chart([{"label": "Oct 2026", "audits": 0, "good_or_better_percent": None}],
                                tmp_path / "trend.png")]
    for path in empty:
        assert path.read_bytes().startswith(b"\x89PNG")
    first = charts.grade_chart(report_contexts.GRADES, tmp_path / "a.png").read_bytes()
    second = charts.grade_chart(report_contexts.GRADES, tmp_path / "b.png").read_bytes()
    assert first == second and first != (tmp_path / "grades.png").read_bytes()
    teams = charts.compliance_chart(report_contexts.TEAMS, tmp_path / "teams.png", label_key="team")
    assert teams.stat().st_size > 0


# PDF ------------------------------------------------------------------------------

def test_to_pdf_without_libreoffice_gives_none(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "libreoffice", lambda: None)
    assert render.libreoffice_available() is False
    assert render.to_pdf(tmp_path / "report.docx") is None


@pytest.mark.skipif(shutil.which("false") is None, reason="needs a program that fails")
def test_a_failed_conversion_is_a_plain_error(rendered, monkeypatch):
    monkeypatch.setattr(render, "libreoffice", lambda: shutil.which("false"))
    with pytest.raises(BotError, match="LibreOffice could not make a PDF of monthly.docx"):
        render.to_pdf(rendered["monthly"])


@pytest.mark.skipif(not render.libreoffice_available(), reason="LibreOffice is not installed")
def test_every_report_converts_to_pdf_and_the_briefing_fits_one_page(rendered, tmp_path):
    longest = render.render("briefing", longest_briefing(), tmp_path / "longest-briefing.docx",
                            templates_dir=TEMPLATES)
    documents = [rendered[kind] for kind in KINDS] + [longest]
    pdfs = render.to_pdfs(documents)  # one start of LibreOffice for all of them
    for document, pdf in zip(documents, pdfs):
        assert pdf == document.with_suffix(".pdf") and pdf.read_bytes().startswith(b"%PDF")
    pages = {pdf.stem: pdf_pages(pdf) for pdf in pdfs}
    assert pages["briefing"] == 1
    assert pages["longest-briefing"] == 1
    assert all(count >= 2 for stem, count in pages.items() if stem not in ("briefing", "longest-briefing"))


def test_without_charts_in_the_context_the_renderer_draws_them(tmp_path):
    context = report_contexts.context("quarterly")
    del context["charts"]
    output = render.render("quarterly", context, tmp_path / "quarterly.docx", templates_dir=TEMPLATES)
    assert len(docx.Document(output).inline_shapes) == CHARTS["quarterly"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["quarterly.docx"]
