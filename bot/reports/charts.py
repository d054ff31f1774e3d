"""Charts for the Word reports, drawn as PNG files.

Each function takes the plain rows of a report's context and a path, draws
one chart sized for an A4 page (160 mm wide at 150 dpi) and returns the
path. Charts are drawn on a `Figure` with the Agg canvas, never through
pyplot, so no screen is needed and no figure outlives its call. The same
rows always give the same file.

Grades keep the colours Excel users know from the tracker (Outstanding dark
green, Good green, Requires Improvement amber, Inadequate red); the other
charts use blue against grey and orange, which colour-blind readers can
tell apart. Every bar carries its number, and the bars of a pair differ in
hatching as well as shade, so no reader has to rely on colour alone.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator, PercentFormatter

WIDTH_INCHES = 160 / 25.4
DPI = 150
NO_AUDITS = "No audits in this period"

GRADE_COLOURS = {
    "Outstanding": "#1E6B34",
    "Good": "#5BAE5B",
    "Requires Improvement to be Good": "#F2A516",
    "Inadequate": "#C62828",
}
NO_GRADE_COLOUR = "#9E9E9E"
NAVY = "#1F3864"
GREY = "#C8CDD3"
ORANGE = "#E66100"
TEXT = "#222222"

STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": ["Arial", "Liberation Sans", "Helvetica", "DejaVu Sans"],
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.edgecolor": "#888888",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "text.color": TEXT,
    "axes.labelcolor": TEXT,
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "legend.frameon": False,
    "svg.hashsalt": "qa-bot",
}


def grade_chart(grades: list[dict[str, Any]], path: Path | str) -> Path:
    """Draw the auditors' grades beside the final (moderated) grades, one
    pair of bars per grade, from rows {grade, auditor, final}. A "No grade"
    row with nothing in it is left out. Return `path`."""
    rows = [row for row in grades
            if row.get("grade") in GRADE_COLOURS or (row.get("auditor") or 0) or (row.get("final") or 0)]
    title = "Grades: the auditor's judgement and the final judgement"
    if not any((row.get("auditor") or 0) or (row.get("final") or 0) for row in rows):
        return _empty(path, title)
    with rc_context(STYLE):
        figure = Figure(figsize=(WIDTH_INCHES, 3.2), dpi=DPI)
        axes = figure.add_subplot()
        width = 0.38
        for index, row in enumerate(rows):
            colour = GRADE_COLOURS.get(row["grade"], NO_GRADE_COLOUR)
            auditor, final = row.get("auditor") or 0, row.get("final") or 0
            bars = axes.bar(index - width / 2, auditor, width, color=colour, alpha=0.35, hatch="///",
                            edgecolor=colour, linewidth=1)
            _label_bars(axes, bars)
            bars = axes.bar(index + width / 2, final, width, color=colour, edgecolor=colour, linewidth=1)
            _label_bars(axes, bars)
        axes.set_xticks(range(len(rows)), [_wrap_grade(row["grade"]) for row in rows])
        axes.set_ylabel("Number of audits")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylim(0, _headroom(max(max(row.get("auditor") or 0, row.get("final") or 0) for row in rows)))
        axes.set_title(title)
        axes.legend(handles=[Patch(facecolor="#BBBBBB", alpha=0.5, hatch="///", edgecolor="#777777",
                                   label="Auditor's grade"),
                             Patch(facecolor="#777777", edgecolor="#777777",
                                   label="Final grade (after moderation)")],
                    loc="upper right", fontsize=8.5)
        return _save(figure, path)


def compliance_chart(services_or_teams: list[dict[str, Any]], path: Path | str, *,
                     label_key: str = "service") -> Path:
    """Draw audits expected against audits received, one pair of horizontal
    bars per row, from rows {<label_key>, expected_audits, audits}, top to
    bottom in the order given. Return `path`."""
    rows = list(services_or_teams)
    title = "Case file audits expected and received"
    if not any((row.get("expected_audits") or 0) or (row.get("audits") or 0) for row in rows):
        return _empty(path, title)
    with rc_context(STYLE):
        height = 1.2 + 0.42 * len(rows)
        figure = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI)
        axes = figure.add_subplot()
        thickness = 0.36
        positions = range(len(rows))
        expected = [row.get("expected_audits") or 0 for row in rows]
        received = [row.get("audits") or 0 for row in rows]
        # Hatched as well as grey, so "expected" is told from "received" without colour.
        bars = axes.barh([p - thickness / 2 for p in positions], expected, thickness, color=GREY,
                         hatch="///", edgecolor="#8A9099", linewidth=0.6, label="Expected")
        _label_bars(axes, bars, horizontal=True)
        bars = axes.barh([p + thickness / 2 for p in positions], received, thickness, color=NAVY,
                         label="Received")
        _label_bars(axes, bars, horizontal=True)
        axes.set_yticks(list(positions), [_wrap(str(row.get(label_key) or "Not given"), 28) for row in rows])
        axes.invert_yaxis()
        axes.set_xlabel("Number of case file audits")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlim(0, _headroom(max(expected + received)))
        axes.set_title(title)
        axes.legend(loc="lower right", fontsize=8.5)
        return _save(figure, path)


def trend_chart(months: list[dict[str, Any]], path: Path | str) -> Path:
    """Draw the audits received each month as bars and the percentage with a
    final grade of Good or better as a line, from rows {label, audits,
    good_or_better_percent}; a month without audits has no point on the
    line. Return `path`."""
    rows = list(months)
    title = "Audits each month and the percentage judged Good or better"
    if not any(row.get("audits") or 0 for row in rows):
        return _empty(path, title)
    with rc_context(STYLE):
        figure = Figure(figsize=(WIDTH_INCHES, 3.2), dpi=DPI)
        axes = figure.add_subplot()
        positions = list(range(len(rows)))
        audits = [row.get("audits") or 0 for row in rows]
        bars = axes.bar(positions, audits, 0.6, color=NAVY, label="Audits received")
        _label_bars(axes, bars)
        axes.set_xticks(positions, [str(row.get("label", "")) for row in rows])
        axes.set_ylabel("Number of audits")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylim(0, _headroom(max(audits)))
        share = axes.twinx()
        share.spines["right"].set_visible(True)
        percents = [math.nan if row.get("good_or_better_percent") is None else row["good_or_better_percent"]
                    for row in rows]
        share.plot(positions, percents, color=ORANGE, marker="o", linewidth=2, markersize=5,
                   label="% Good or better")
        for position, value in zip(positions, percents):
            if not math.isnan(value):
                share.annotate(f"{value:g}%", (position, value), xytext=(7, 4), textcoords="offset points",
                               fontsize=8, color=ORANGE, fontweight="bold",
                               bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"})
        share.set_ylim(0, 110)
        share.yaxis.set_major_formatter(PercentFormatter(decimals=0))
        share.set_ylabel("% judged Good or better", color=ORANGE)
        axes.set_title(title)
        handles = [bars, share.get_lines()[0]]
        axes.legend(handles, [handle.get_label() for handle in handles], loc="upper left", fontsize=8.5,
                    ncols=2, bbox_to_anchor=(0, -0.12))
        return _save(figure, path)


# Drawing helpers -----------------------------------------------------------------

def _empty(path: Path | str, title: str, message: str = NO_AUDITS) -> Path:
    with rc_context(STYLE):
        figure = Figure(figsize=(WIDTH_INCHES, 1.6), dpi=DPI)
        axes = figure.add_subplot()
        axes.set_axis_off()
        axes.set_title(title)
        axes.text(0.5, 0.45, message, ha="center", va="center", fontsize=11, color="#555555",
                  transform=axes.transAxes)
        return _save(figure, path)


def _save(figure: Figure, path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    FigureCanvasAgg(figure)
    figure.tight_layout()
    # No "Software" stamp, so the file depends on the figures only.
    figure.savefig(path, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    figure.clear()
    return path


def _label_bars(axes, bars, *, horizontal: bool = False) -> None:
    for bar in bars:
        value = bar.get_width() if horizontal else bar.get_height()
        if horizontal:
            axes.annotate(f"{value:g}", (value, bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                          textcoords="offset points", va="center", fontsize=8)
        else:
            axes.annotate(f"{value:g}", (bar.get_x() + bar.get_width() / 2, value), xytext=(0, 2),
                          textcoords="offset points", ha="center", va="bottom", fontsize=8)


def _headroom(largest: float) -> float:
    """An axis limit leaving room above the tallest bar for its label."""
    return max(1, largest) * 1.18 + 0.5


def _wrap_grade(grade: str) -> str:
    return "Requires improvement\nto be Good" if grade == "Requires Improvement to be Good" else grade


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


# The charts each report shows ------------------------------------------------------

def for_report(kind: str, context: dict[str, Any], directory: Path | str) -> dict[str, Path]:
    """Draw the charts the `kind` report's template shows, from its context,
    into `directory`; return them as the context's `charts` value."""
    directory = Path(directory)
    charts: dict[str, Path] = {}
    if kind in ("monthly", "overview", "quarterly", "annual", "supervision"):
        charts["grades"] = grade_chart(context.get("grades") or [], directory / f"{kind}-grades.png")
    if kind in ("monthly", "quarterly", "annual"):
        charts["compliance"] = compliance_chart(context.get("services") or [], directory / f"{kind}-compliance.png")
    if kind in ("quarterly", "annual"):
        charts["trend"] = trend_chart(context.get("months") or [], directory / f"{kind}-trend.png")
    return charts
