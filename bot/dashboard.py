"""The tracker's first sheet, `Dashboard`: the figures the QA team is asked
for most, each as a native Excel chart beside a table of the same figures.

    board = dashboard_figures(settings, forms, actions, owed, today)
    write_dashboard(workbook, board)

The figures are the reports' own, worked out by the same functions
(`bot.reports.figures`), so the dashboard and the reports never disagree:

- compliance is the case file audits received in a month against those the
  timetable expected, by team and by service, as the monthly report counts
  it; the trend is the same figure for each of the last 12 months;
- the grade profile is the final grades (the moderated grade where there is
  one) of the audits of each of the last four quarters;
- actions are open (not yet due) or overdue as the reports say, by the
  service of the audit they came from;
- re-audits are the Inadequate cases not yet re-audited whose re-audit falls
  due in the next 30 days (or has passed), from the compliance rules (2025
  framework §3.1: re-audit within three months), by the auditor's service;
- urgent concerns are the audits of this quarter that raised one.

Each chart reads the cells of the table to its left, so it follows the
figures; each has a title, and every figure it shows is in its table, so
nothing is told by colour alone. The sheet prints on one landscape page.
"""

from __future__ import annotations

import math
import warnings
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.drawing.text import Font as DrawingFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from bot import calendar
from bot.forms.model import GRADES
from bot.reports import figures
from bot.reports.figures import AUDIT_KINDS, NO_SERVICE

if TYPE_CHECKING:
    from openpyxl import Workbook

    from bot.compliance import Obligation
    from bot.config import Settings
    from bot.store import StoredAction, StoredForm

SHEET = "Dashboard"
TREND_MONTHS = 12
QUARTERS = 4
RE_AUDIT_DAYS = 30
# Grades in the chart, darkest for the best, with the colours the tracker's
# grade columns use (Excel's good, neutral and bad).
GRADE_COLOURS = {"Outstanding": "375623", "Good": "70AD47", "Requires Improvement to be Good": "FFC000",
                 "Inadequate": "C00000"}
SERIES_COLOURS = ("1F3864", "C55A11")
NAVY = "1F3864"


@dataclass
class Panel:
    """One table of figures and the chart drawn from it. `rows` are a label
    then figures; the chart plots the figure columns `plotted` (indexes
    into a row), each a series, or with `by_row` each row a series."""

    title: str
    note: str
    headers: list[str]
    rows: list[list[Any]]
    chart: str  # "bar" (across), "column" (up), "stacked" (columns) or "line"
    plotted: tuple[int, ...] = (1,)
    percent: bool = False
    by_row: bool = False
    x_title: str | None = None


@dataclass
class Board:
    title: str
    subtitle: str
    headline: list[tuple[str, str]]
    panels: list[Panel]
    about: list[str] = field(default_factory=list)


# The figures --------------------------------------------------------------------

def dashboard_figures(settings: Settings, forms: list[StoredForm], actions: list[StoredAction],
                      owed: list[Obligation], today: date) -> Board:
    """The dashboard for `today`. `owed` are the obligations worked out
    over a range holding the last `TREND_MONTHS` months and the
    `figures.OWED_AFTER` days after this one, and the next `RE_AUDIT_DAYS`."""
    months = calendar.months_between(first_month(today), today)
    this_month, this_quarter = months[-1], calendar.quarter_of(today)
    audits_by_month: dict[str, list[StoredForm]] = defaultdict(list)
    observations_by_month: dict[str, list[StoredForm]] = defaultdict(list)
    first = months[0].start
    for stored in forms:
        day = stored.form.date
        if day is None or not first <= day <= this_month.end:
            continue
        if stored.form.form in AUDIT_KINDS:
            audits_by_month[f"{day:%Y-%m}"].append(stored)
        elif stored.form.form == "observation":
            observations_by_month[f"{day:%Y-%m}"].append(stored)

    trend, teams, services, received = [], [], [], {}
    for month in months:
        scope = figures.Scope(month, today, _forms=forms)
        audits = audits_by_month[month.key]
        # The store is only read when no obligations are given.
        teams, services = figures.counts_by_team(settings, None, scope, audits, observations_by_month[month.key],
                                                 owed)
        received = figures.audits_received(teams, audits)
        trend.append([f"{month.start:%b %Y}", received["expected"], received["received"], received["percent"]])

    service_names = ServiceNames(settings)
    quarters = last_quarters(today)
    grade_counts = {grade: [] for grade in GRADES}
    in_quarter = [[stored for stored in forms if stored.form.form in AUDIT_KINDS and stored.form.date
                   and stored.form.date in quarter] for quarter in quarters]
    for audits in in_quarter:
        finals = {row["grade"]: row["final"] for row in figures.grade_rows(audits)}
        for grade in GRADES:
            grade_counts[grade].append(finals[grade])
    this_quarters_audits = in_quarter[-1]

    open_actions: dict[str, list[int]] = service_names.zeros(2)
    for action in actions:
        status = figures.action_status(action, today)
        if status != "Completed":
            open_actions[service_names.of(action.service)][0 if status == "Open" else 1] += 1
    re_audits = service_names.zeros(2)
    for item in owed:
        if item.rule.period == "re_audit" and item.outstanding and item.due <= today + timedelta(days=RE_AUDIT_DAYS):
            re_audits[service_names.of(item.person.service)][0 if item.due >= today else 1] += 1
    urgent = service_names.zeros(1)
    for stored in this_quarters_audits:
        if stored.form.urgent_concern:
            urgent[service_names.of(stored.form.service)][0] += 1

    month_name, quarter_name = this_month.label, short_label(this_quarter)
    not_done = sum(sum(counts) for counts in open_actions.values())
    overdue = sum(counts[1] for counts in open_actions.values())
    due_soon = sum(counts[0] for counts in re_audits.values())
    late = sum(counts[1] for counts in re_audits.values())
    headline = [
        (f"Case file audits received, {month_name}",
         f"{received['received']} of {received['expected']} expected ({received['percent']}%)"
         if received["expected"] else f"{received['received']} (none expected)"),
        ("Actions not yet completed", f"{not_done} ({overdue} overdue)"),
        (f"Re-audits due in the next {RE_AUDIT_DAYS} days", f"{due_soon}" + (f" ({late} overdue)" if late else "")),
        (f"Urgent concerns, {quarter_name}", f"{sum(counts[0] for counts in urgent.values())}"),
    ]
    panels = [
        Panel(f"Audits received by service, {month_name}",
              "Case file audits received against those expected this month (received %, at most 100).",
              ["Service", "Expected", "Received", "Received %"],
              [[row["service"], row["expected_audits"], row["audits"], row["received_percent"]] for row in services],
              "bar", (3,), percent=True),
        Panel(f"Audits received by team, {month_name}",
              "Case file audits received against those expected this month, by the team audited.",
              ["Team", "Expected", "Received", "Received %"],
              [[row["team"], row["expected_audits"], row["audits"], row["received_percent"]] for row in teams],
              "bar", (3,), percent=True),
        Panel(f"Audits received each month, last {TREND_MONTHS} months",
              "Received as a percentage of expected; blank where no audits were expected (August, December).",
              ["Month", "Expected", "Received", "Received %"], trend, "line", (3,), percent=True),
        Panel(f"Final grades, last {QUARTERS} quarters",
              "Case file audits by final grade (the moderated grade where there is one).",
              ["Grade", *(short_label(quarter) for quarter in quarters)],
              [[grade, *grade_counts[grade]] for grade in GRADES], "stacked",
              tuple(range(1, QUARTERS + 1)), by_row=True),
        Panel("Actions not yet completed, by service",
              "Open: not yet due. Overdue: past its due date and not completed.",
              ["Service", "Open", "Overdue"],
              [[service, *counts] for service, counts in open_actions.items()], "bar", (1, 2)),
        Panel(f"Re-audits due in the next {RE_AUDIT_DAYS} days, by service",
              "Inadequate cases to be re-audited within three months; the cases are on the Compliance sheet.",
              ["Service", "Due", "Overdue"],
              [[service, *counts] for service, counts in re_audits.items()], "bar", (1, 2)),
        Panel(f"Urgent concerns, {quarter_name}",
              "Audits this quarter that raised an urgent concern; the cases are on the Audits sheet.",
              ["Service", "Urgent concerns"],
              [[service, *counts] for service, counts in urgent.items()], "bar", (1,)),
    ]
    about = [
        f"Figures as at {today.day} {today:%B %Y}, from the QA bot's store: the same figures the drafted "
        "reports give.",
        "Each chart is drawn from the table to its left, which holds every figure the chart shows.",
        "Compliance counts the case file audits the timetable expected in the month and those received.",
        "Grades are final grades: the Head of Service's moderated judgement stands.",
        "The sheets after this one hold every form, action and obligation behind these figures.",
    ]
    return Board("QA dashboard", f"{month_name} · {quarter_name} · case IDs only", headline, panels, about)


def first_month(today: date) -> date:
    """The first day of the month `TREND_MONTHS - 1` months before today's."""
    index = today.year * 12 + today.month - 1 - (TREND_MONTHS - 1)
    return date(index // 12, index % 12 + 1, 1)


def last_quarters(today: date) -> list[calendar.Period]:
    quarters = [calendar.quarter_of(today)]
    while len(quarters) < QUARTERS:
        quarters.insert(0, calendar.quarter_of(quarters[0].start - timedelta(days=1)))
    return quarters


def short_label(quarter: calendar.Period) -> str:
    """'Q3 2026/27 (October to December 2026)' -> 'Q3 2026/27'."""
    return quarter.label.split(" (")[0]


def owed_range(today: date) -> tuple[date, date]:
    """The range of due dates the dashboard needs obligations for."""
    last = max(calendar.month(today.year, today.month).end + timedelta(days=figures.OWED_AFTER),
               today + timedelta(days=RE_AUDIT_DAYS))
    return first_month(today), last


class ServiceNames:
    """Services as the staff list spells them; every Head of Service's
    service is listed, with nothing to count or not."""

    def __init__(self, settings: Settings):
        self.known = {person.service.casefold(): person.service for person in settings.staff if person.service}
        self.listed = sorted({person.service for person in settings.staff.with_role("head_of_service")
                              if person.service})

    def of(self, service: str | None) -> str:
        if not service or not service.strip():
            return NO_SERVICE
        return self.known.get(service.strip().casefold(), service.strip())

    def zeros(self, width: int) -> dict[str, list[int]]:
        return KeyedZeros(width, self.listed)


class KeyedZeros(dict):
    """A dict of counts that makes a row of zeros for a new key, in order."""

    def __init__(self, width: int, keys: Iterable[str]):
        super().__init__((key, [0] * width) for key in keys)
        self.width = width

    def __missing__(self, key: str) -> list[int]:
        self[key] = [0] * self.width
        return self[key]


# The sheet ------------------------------------------------------------------------

# Two panels side by side: a label column, up to four figure columns, a gap,
# the chart's columns, a gap. Widths are in characters.
PANEL_WIDTHS = [29, 10, 10, 10, 10, 1, 8, 8, 8, 8, 8, 8, 2]
PANEL_COLUMNS = len(PANEL_WIDTHS)
CHART_OFFSET = 6  # the chart's first column, counted from the panel's first
CHART_WIDTH_CM = 9.6
CHART_HEIGHT_CM = 6.6
CHART_ROWS = 14  # rows of 15 points the chart covers, and a little room
FONT = "Arial"
TITLE_FONT = Font(name=FONT, bold=True, size=16, color=NAVY)
PANEL_TITLE_FONT = Font(name=FONT, bold=True, size=12, color=NAVY)
NOTE_FONT = Font(name=FONT, italic=True, size=9, color="404040")
LABEL_FONT = Font(name=FONT, size=9, color="404040")
VALUE_FONT = Font(name=FONT, bold=True, size=14, color=NAVY)
HEADER_FONT = Font(name=FONT, bold=True, size=10, color="FFFFFF")
TEXT_FONT = Font(name=FONT, size=10)
HEADER_FILL = PatternFill("solid", start_color=NAVY, end_color=NAVY)
TILE_FILL = PatternFill("solid", start_color="E9EFF7", end_color="E9EFF7")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_dashboard(workbook: Workbook, board: Board):
    """Add the `Dashboard` sheet for `board` to a write-only `workbook`
    (as its next sheet: create it first to have it first)."""
    sheet = workbook.create_sheet(title=SHEET)
    grid = Grid()
    grid.put(1, 1, board.title, font=TITLE_FONT)
    grid.put(2, 1, board.subtitle, font=NOTE_FONT)
    # The headline figures, four across.
    for (label, value), column in zip(board.headline, (1, 7, 14, 20)):
        grid.put(4, column, label, font=LABEL_FONT)
        grid.put(5, column, value, font=VALUE_FONT)
    grid.heights[5] = 22
    row = 7
    charts = []
    slots = [*board.panels, None] if len(board.panels) % 2 else list(board.panels)
    for left, right in zip(slots[::2], slots[1::2]):
        heights = []
        for panel, first_column in ((left, 1), (right, PANEL_COLUMNS + 1)):
            if panel is None:
                heights.append(place_about(grid, board.about, row, first_column))
                continue
            height, chart = place_panel(sheet, grid, panel, row, first_column)
            heights.append(height)
            charts.append(chart)
        row += max(heights) + 1
    last_row = row - 1

    for index, width in enumerate(PANEL_WIDTHS * 2, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.sheet_view.showGridLines = False
    sheet.sheet_properties.tabColor = NAVY
    # One landscape page (before the first row: write-only sheets write
    # their properties first).
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5, header=0.3, footer=0.3)
    sheet.print_options.horizontalCentered = True
    sheet.print_area = f"A1:{get_column_letter(2 * PANEL_COLUMNS - 1)}{last_row}"
    grid.write(sheet, last_row)
    for chart, anchor in charts:
        sheet.add_chart(chart, anchor)
    return sheet


class Grid:
    """Cells placed anywhere, then written row by row (a write-only sheet
    is written in order)."""

    def __init__(self):
        self.cells: dict[int, dict[int, tuple[Any, dict]]] = defaultdict(dict)
        self.heights: dict[int, float] = {}
        self.tables: list[Table] = []

    def put(self, row: int, column: int, value: Any, **style) -> None:
        self.cells[row][column] = (value, style)

    def write(self, sheet, last_row: int) -> None:
        for row in range(1, last_row + 1):
            if row in self.heights:
                sheet.row_dimensions[row].height = self.heights[row]
            placed = self.cells.get(row, {})
            width = max(placed, default=0)
            values: list[Any] = [None] * width
            for column, (value, style) in placed.items():
                values[column - 1] = styled(sheet, value, style)
            sheet.append(values)
        with warnings.catch_warnings():
            # openpyxl warns on every write-only table; their columns are set.
            warnings.simplefilter("ignore", UserWarning)
            for table in self.tables:
                sheet.add_table(table)


def styled(sheet, value: Any, style: dict) -> Any:
    if not style and not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # text from the store is never a formula
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def place_panel(sheet, grid: Grid, panel: Panel, top: int, first: int) -> tuple[int, tuple]:
    """Put `panel`'s title, note and table at row `top`, column `first`, and
    make its chart; return the rows it takes and (chart, anchor)."""
    grid.put(top, first, panel.title, font=PANEL_TITLE_FONT)
    grid.put(top + 1, first, panel.note, font=NOTE_FONT)
    header_row = top + 2
    if any(len(header) >= PANEL_WIDTHS[offset] for offset, header in enumerate(panel.headers)):
        grid.heights[header_row] = 27  # room for a header on two lines
    for offset, header in enumerate(panel.headers):
        grid.put(header_row, first + offset, header, font=HEADER_FONT, fill=HEADER_FILL, border=BOX,
                 alignment=Alignment(horizontal="left" if offset == 0 else "right", vertical="top", wrap_text=True))
    rows = panel.rows or [["(none)", *[0] * (len(panel.headers) - 1)]]
    for index, values in enumerate(rows, start=1):
        for offset, value in enumerate(values):
            grid.put(header_row + index, first + offset, value, border=BOX, font=TEXT_FONT,
                     number_format="0" if offset else "@")
    last_row = header_row + len(rows)
    # A table with a header row, for screen readers and filters.
    reference = f"{get_column_letter(first)}{header_row}:{get_column_letter(first + len(panel.headers) - 1)}{last_row}"
    table = Table(displayName=f"tbl_Dashboard_{top}_{first}", ref=reference)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    table.tableColumns = [TableColumn(id=index, name=header) for index, header in enumerate(panel.headers, start=1)]
    table.headerRowCount = 1
    grid.tables.append(table)

    chart = make_chart(sheet, panel, header_row, last_row, first)
    anchor = f"{get_column_letter(first + CHART_OFFSET)}{top}"
    return max(last_row - top + 1, CHART_ROWS), (chart, anchor)


def place_about(grid: Grid, lines: list[str], top: int, first: int) -> int:
    grid.put(top, first, "About these figures", font=PANEL_TITLE_FONT)
    for index, line in enumerate(lines, start=1):
        grid.put(top + index, first, line, font=TEXT_FONT)
    return len(lines) + 1


def make_chart(sheet, panel: Panel, header_row: int, last_row: int, first: int):
    """A chart of `panel`'s plotted columns (or rows), reading the table's
    cells: its title the panel's, each value labelled on the chart."""
    if panel.chart == "line":
        chart = LineChart()
    else:
        chart = BarChart()
        chart.type = "bar" if panel.chart == "bar" else "col"
        chart.gapWidth = 60
        if panel.chart == "stacked":
            chart.grouping = "stacked"
            chart.overlap = 100
    chart.title = chart_title(panel.title)
    chart.style = 2
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    labels = Reference(sheet, min_col=first, min_row=header_row + 1, max_row=last_row)
    if panel.by_row:
        for row in range(header_row + 1, last_row + 1):
            values = Reference(sheet, min_col=first, max_col=first + max(panel.plotted), min_row=row, max_row=row)
            chart.add_data(values, from_rows=True, titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=first + min(panel.plotted), max_col=first + max(panel.plotted),
                                       min_row=header_row, max_row=header_row))
    else:
        for column in panel.plotted:
            values = Reference(sheet, min_col=first + column, min_row=header_row, max_row=last_row)
            chart.add_data(values, titles_from_data=True)
        chart.set_categories(labels)
    for index, series in enumerate(chart.series):
        colour = (GRADE_COLOURS.get(GRADES[index]) if panel.by_row and index < len(GRADES)
                  else SERIES_COLOURS[index % len(SERIES_COLOURS)])
        if panel.chart == "line":
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 28575
            series.marker.symbol = "circle"
            series.smooth = False
        else:
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
    # Each value written on the chart, and nothing else beside it.
    chart.dataLabels = DataLabelList(showVal=True, showCatName=False, showSerName=False, showLegendKey=False,
                                     showPercent=False, showBubbleSize=False, txPr=text_size(700))
    chart.y_axis.scaling.min = 0
    if panel.percent:
        chart.y_axis.scaling.max = 100
    else:
        # Whole numbers on the axis: a count has no halves.
        totals = ([sum(row[column] or 0 for row in panel.rows) for column in panel.plotted] if panel.by_row
                  else [row[column] or 0 for row in panel.rows for column in panel.plotted])
        chart.y_axis.majorUnit = max(1, math.ceil(max(totals, default=0) / 5))
    chart.y_axis.majorGridlines = None
    for axis in (chart.x_axis, chart.y_axis):
        axis.delete = False
        axis.txPr = text_size(700)
    chart.x_axis.tickLblSkip = 1  # every team and month named
    if panel.chart == "bar":
        chart.x_axis.scaling.orientation = "maxMin"  # the table's order, top to bottom
    if len(chart.series) > 1:
        chart.legend.position = "b"
        chart.legend.txPr = text_size(700)
    else:
        chart.legend = None
    chart.display_blanks = "gap"
    return chart


def chart_title(text: str) -> Title:
    """A chart title in 10 point bold (the default 14 point leaves a small
    chart little room)."""
    properties = CharacterProperties(sz=1000, b=True, solidFill=NAVY, latin=DrawingFont(typeface=FONT))
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=properties), r=[RegularTextRun(rPr=properties, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def text_size(hundredths: int) -> RichText:
    """Text properties for a chart's axis, labels or legend: `hundredths`
    of a point."""
    properties = CharacterProperties(sz=hundredths, latin=DrawingFont(typeface=FONT))
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=properties), endParaRPr=properties)])
