"""The tracker's Dashboard: first in the workbook, native charts whose
series read cells holding the reports' own figures, one landscape page when
printed; and the data sheets print at the page's width with their headers
on every page."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import load_workbook

from bot import calendar, tracker
from bot.forms import Action, ParsedForm
from bot.forms.model import GRADES
from bot.reports import figures
from bot.reports.render import libreoffice, to_pdfs
from bot.store import FormRecord, MessageRecord, Store

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)
TODAY = date(2026, 11, 20)
JOANNE = "joanne.fletcher@northmoor.example.gov.uk"
JANE = "jane.smith@northmoor.example.gov.uk"
ACP = "Assessment and Child Protection"
NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def audit(case_id: str, day: date, grade: str, team: str = "Assessment Team 1", **fields) -> ParsedForm:
    auditor = "Joanne Fletcher" if team == "Assessment Team 1" else "Jane Smith"
    return ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id=case_id, auditor=auditor,
                      team=team, service=ACP, date=day, grade=grade, **fields)


@pytest.fixture
def store(settings):
    """A year of Assessment and Child Protection audits: two in November
    (one Inadequate with an urgent concern), one in October, an Inadequate
    case whose re-audit falls due in ten days and one whose re-audit is
    overdue, and an open and an overdue action."""
    store = Store(settings.state_db)
    forms = [
        (audit("1000001", date(2026, 11, 3), "Good", actions=[
            Action("Update the plan", "Ali Khan", date(2026, 12, 1)),
            Action("Record oversight", "Joanne Fletcher", date(2026, 11, 10))]), None),
        (audit("1000002", date(2026, 11, 10), "Inadequate", team="Assessment Team 2", urgent_concern=True),
         date(2027, 2, 10)),
        (audit("1000003", date(2026, 10, 12), "Outstanding"), None),
        (audit("1000004", date(2026, 9, 1), "Inadequate"), date(2026, 11, 30)),
        (audit("1000005", date(2026, 7, 15), "Inadequate", team="Assessment Team 2"), date(2026, 10, 15)),
        (audit("1000006", date(2026, 5, 6), "Good", moderated_grade="Requires Improvement to be Good"), None),
        (audit("1000007", date(2026, 2, 9), "Good"), None),
        (audit("1000008", date(2025, 11, 20), "Good"), None),  # a year ago: before the trend's first month
    ]
    for index, (form, re_audit_due) in enumerate(forms):
        sender = JOANNE if form.team == "Assessment Team 1" else JANE
        store.record_message(MessageRecord(f"m{index}", sender, NOW, "logged", "Processed"),
                             [FormRecord(form, sha256=f"s{index}", auditor_email=sender, re_audit_due=re_audit_due)],
                             [], now=NOW)
    yield store
    store.close()


@pytest.fixture
def tracker_file(store, settings, tmp_path) -> Path:
    path = tmp_path / "tracker" / "qa-tracker.xlsx"
    tracker.rebuild(store, settings, path, now=NOW)
    return path


# Reading the charts back from the workbook --------------------------------------------

def cells(workbook, reference: str) -> list:
    """The values of "'Dashboard'!$B$10:$B$14" (a row or a column)."""
    sheet_name, cell_range = reference.rsplit("!", 1)
    found = workbook[sheet_name.strip("'")][cell_range.replace("$", "")]
    if not isinstance(found, tuple):
        return [found.value]
    return [cell.value for row in found for cell in row]


def charts_of(path: Path) -> dict[str, dict]:
    """Each chart drawn on the Dashboard sheet, by title: its kind, and its
    series as (name, categories, values), read from the cells they name."""
    workbook = load_workbook(path)
    found = {}
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
        assert "<drawing " in sheet_xml, "the first sheet carries the drawing"
        relationships = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        [drawing] = re.findall(r'Target="/?(?:xl/)?(?:\.\./)?(drawings/drawing\d+\.xml)"', relationships)
        drawing_rels = archive.read(f"xl/drawings/_rels/{Path(drawing).name}.rels").decode()
        for chart_path in re.findall(r'Target="/?(?:xl/)?(?:\.\./)?(charts/chart\d+\.xml)"', drawing_rels):
            root = etree.fromstring(archive.read(f"xl/{chart_path}"))
            title = "".join(root.xpath("//c:chart/c:title//a:t/text()", namespaces=NS))
            kind = etree.QName(root.xpath("//c:plotArea/*[contains(local-name(), 'Chart')]",
                                          namespaces=NS)[0]).localname
            series = []
            for element in root.xpath("//c:ser", namespaces=NS):
                name, categories, values = (element.xpath(f"{part}//c:f/text()", namespaces=NS)[0]
                                            for part in ("c:tx", "c:cat", "c:val"))
                series.append((cells(workbook, name)[0], cells(workbook, categories), cells(workbook, values)))
            found[title] = {"kind": kind, "series": series}
    return found


def month_report(settings, store, year: int, month: int) -> dict:
    scope = figures.Scope(calendar.month(year, month), TODAY)
    return figures.audit_report(settings, store, scope, "Quality Assurance Audit Report")


def test_the_dashboard_is_the_first_sheet_and_its_charts_read_the_reports_figures(settings, store, tracker_file):
    workbook = load_workbook(tracker_file)
    assert workbook.sheetnames[0] == "Dashboard"
    charts = charts_of(tracker_file)
    assert len(charts) == 7 and all(charts), "seven charts, each with a title"

    # This month's compliance by service and by team: the monthly report's figures.
    november = month_report(settings, store, 2026, 11)
    [(name, services, values)] = charts["Audits received by service, November 2026"]["series"]
    assert name == "Received %"
    assert dict(zip(services, values)) == {row["service"]: row["received_percent"] for row in november["services"]}
    [(_, teams, values)] = charts["Audits received by team, November 2026"]["series"]
    by_team = dict(zip(teams, values))
    assert by_team == {row["team"]: row["received_percent"] for row in november["teams"]}
    assert by_team["Assessment Team 1"] == 50 and by_team["Assessment Team 2"] == 50, "1 of the 2 expected each"

    # The last 12 months' trend: each month's report's received percentage.
    [(_, months, values)] = charts["Audits received each month, last 12 months"]["series"]
    assert months[0] == "Dec 2025" and months[-1] == "Nov 2026" and len(months) == 12
    expected = []
    for month in calendar.months_between(date(2025, 12, 1), TODAY):
        expected.append(month_report(settings, store, month.start.year, month.start.month)["summary"]["received_percent"])
    assert values == expected
    assert values[months.index("Oct 2026")] == 6, "1 of the 18 audits expected in October"
    assert values[months.index("Dec 2025")] is None, "no audits are expected in December"

    # Final grades over the last four quarters, as each quarter's report gives them.
    grades = charts["Final grades, last 4 quarters"]
    assert grades["kind"] == "barChart"
    assert [name for name, _, _ in grades["series"]] == list(GRADES)
    quarters = grades["series"][0][1]
    assert quarters == ["Q4 2025/26", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27"]
    for grade, _, counts in grades["series"]:
        for label, count in zip(quarters, counts):
            scope = figures.Scope(quarter_of(label), TODAY)
            report = figures.audit_report(settings, store, scope, "Quarterly")
            assert count == next(row["final"] for row in report["grades"] if row["grade"] == grade), (grade, label)
    inadequate = dict(zip(quarters, grades["series"][3][2]))
    assert inadequate == {"Q4 2025/26": 0, "Q1 2026/27": 0, "Q2 2026/27": 2, "Q3 2026/27": 1}

    # Actions, re-audits and urgent concerns, by service.
    def by_service(title: str) -> dict[str, dict[str, int]]:
        return {name: dict(zip(services, values)) for name, services, values in charts[title]["series"]}

    actions = by_service("Actions not yet completed, by service")
    assert (actions["Open"][ACP], actions["Overdue"][ACP]) == (1, 1)
    assert set(actions["Open"]) >= {ACP, "Children in Care", "Early Help"}, "every service is listed"
    re_audits = by_service("Re-audits due in the next 30 days, by service")
    assert (re_audits["Due"][ACP], re_audits["Overdue"][ACP]) == (1, 1)
    urgent = by_service("Urgent concerns, Q3 2026/27")["Urgent concerns"]
    quarter = figures.audit_report(settings, store, figures.Scope(figures.quarter("2026Q3"), TODAY), "Quarterly")
    assert urgent[ACP] == quarter["summary"]["urgent_concerns"] == 1
    assert sum(urgent.values()) == 1


def quarter_of(label: str) -> calendar.Period:
    """'Q3 2026/27' -> the quarter October to December 2026."""
    number, years = label.split()
    return figures.quarter(f"{years.split('/')[0]}{number}")


def test_the_headline_figures_head_the_dashboard(tracker_file):
    sheet = load_workbook(tracker_file)["Dashboard"]
    text = {cell.value for row in sheet.iter_rows(max_row=6) for cell in row if cell.value}
    assert {"Case file audits received, November 2026", "2 of 18 expected (11%)", "Actions not yet completed",
            "2 (1 overdue)", "Re-audits due in the next 30 days", "1 (1 overdue)", "Urgent concerns, Q3 2026/27",
            "1"} <= text


def test_the_dashboard_prints_on_one_landscape_page_and_wide_sheets_at_the_pages_width(tracker_file):
    workbook = load_workbook(tracker_file)
    dashboard = workbook["Dashboard"]
    assert dashboard.page_setup.orientation == "landscape"
    assert dashboard.sheet_properties.pageSetUpPr.fitToPage
    assert (dashboard.page_setup.fitToWidth, dashboard.page_setup.fitToHeight) == (1, 1)
    assert dashboard.print_area
    for name in ("Audits", "Actions", "Compliance"):
        sheet = workbook[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0), name
        assert sheet.print_title_rows == "$1:$1", name


def test_edits_in_the_tracker_are_still_read_back_with_the_dashboard_first(store, settings, tracker_file):
    workbook = load_workbook(tracker_file)
    assert workbook.sheetnames[0] == "Dashboard"
    actions = workbook["Actions"]
    headers = [cell.value for cell in actions[1]]
    for row in actions.iter_rows(min_row=2):
        if row[headers.index("Action")].value == "Record oversight":
            row[headers.index("Status")].value = "Completed"
    workbook.save(tracker_file)
    assert tracker.read_back_edits(tracker_file, store, settings, now=NOW) == 1
    tracker.rebuild(store, settings, tracker_file, now=NOW)
    charts = charts_of(tracker_file)
    actions = {name: dict(zip(services, values))
               for name, services, values in charts["Actions not yet completed, by service"]["series"]}
    assert (actions["Open"][ACP], actions["Overdue"][ACP]) == (1, 0), "the completed action left the chart"


# Printed by LibreOffice -----------------------------------------------------------------

def only_sheet(source: Path, target: Path, name: str) -> Path:
    """A copy of the workbook `source` in which only the sheet `name` is
    visible and has a print area, so that only it is printed (LibreOffice
    prints a hidden sheet's print area); everything else is as it was."""
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in archive.infolist():
            data = archive.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode()
                sheets = re.findall(r"<sheet [^>]*/>", text)
                index = next(number for number, sheet in enumerate(sheets) if f'name="{name}"' in sheet)
                for sheet in sheets:
                    shown = f'name="{name}"' in sheet
                    text = text.replace(sheet, re.sub(r'state="\w+"', f'state="{"visible" if shown else "hidden"}"',
                                                      sheet))
                text = re.sub(rf'<definedName name="_xlnm\.Print_Area" localSheetId="(?!{index}")\d+">[^<]*</definedName>',
                              "", text)
                text = re.sub(r'activeTab="\d+"', f'activeTab="{index}"', text)
                text = re.sub(r'firstSheet="\d+"', f'firstSheet="{index}"', text)
                data = text.encode()
            copy.writestr(item, data)
    return target


def calc_installed() -> bool:
    """LibreOffice with its spreadsheet, Calc (Debian packages it apart)."""
    program = libreoffice()
    if program is None:
        return False
    folder = Path(program).resolve().parent
    return any(folder.glob("libsclo.*")) or any(folder.glob("sclo.dll"))


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.skipif(not calc_installed(), reason="LibreOffice Calc is not installed")
def test_libreoffice_prints_the_dashboard_on_one_page_with_its_charts_and_the_audits_at_page_width(
        store, settings, tmp_path, tracker_file):
    # Enough audits for the Audits sheet, at the page's width, to run to more than one page.
    for index in range(600):
        form = audit(f"2000{index:03d}", date(2026, 10, 1 + index % 28), "Good",
                     strengths=["The child's wishes and feelings are recorded in their own words."])
        store.record_message(MessageRecord(f"more{index}", JOANNE, NOW, "logged", "Processed"),
                             [FormRecord(form, sha256=f"more{index}", auditor_email=JOANNE, re_audit_due=None)],
                             [], now=NOW)
    tracker.rebuild(store, settings, tracker_file, now=NOW)
    dashboard = only_sheet(tracker_file, tmp_path / "dashboard.xlsx", "Dashboard")
    audits = only_sheet(tracker_file, tmp_path / "audits.xlsx", "Audits")
    dashboard_pdf, audits_pdf = to_pdfs([dashboard, audits])

    [page] = pdf_pages(dashboard_pdf)
    assert "QA dashboard" in page
    for headline in ("Case file audits received, November 2026", "2 of 18 expected (11%)", "2 (1 overdue)",
                     "Urgent concerns, Q3 2026/27"):
        assert headline in page, headline
    for title in ("Audits received by service, November 2026", "Audits received each month, last 12 months",
                  "Final grades, last 4 quarters", "Actions not yet completed, by service",
                  "Re-audits due in the next 30 days, by service", "Urgent concerns, Q3 2026/27"):
        assert page.count(title) >= 2, f"{title!r}: the table's title and its chart's"

    pages = pdf_pages(audits_pdf)
    assert 1 < len(pages) < 10, "the audits run to pages of rows, not pages of split columns"
    for number, text in enumerate(pages, start=1):
        assert "Case ID" in text and "Sender" in text, f"page {number} has the header row, every column across"
        assert re.search(r"\b2000\d{3}\b", text), f"page {number} has audits on it"
