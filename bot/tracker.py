"""The master tracker workbook, rebuilt from the store.

First a `Dashboard` of charts and their figures (`bot.dashboard`), then one
sheet per kind of form (`Audits`, `Observations`, ...), `Actions` and
`Section grades`, each a real Excel table with filters and a frozen header
row, dates as Excel dates, printed landscape at the page's width with the
header row on every page. The workbook is written to a temporary file and
swapped in, so anyone opening it sees either the old or the new one, never
half of one. Case IDs only: the store holds no child's name, and so neither
does the workbook (2018 framework: "anonymised – using case numbers").
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from bot import calendar, compliance, corrections, reaudits, routing
from bot.calendar import LONDON
from bot.corrections import as_date, text_or_none
from bot.dashboard import dashboard_figures, owed_range, write_dashboard
from bot.faults import checkpoint
from bot.forms import FormKind
from bot.forms.model import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT
from bot.routing import attribution
from bot.store import Store, StoredForm, is_closed

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
ACTION_STATUSES = ("Open", "In progress", "Completed", "Not required")

# Excel's own good / neutral / bad cell styles, so the colours mean what
# Excel users already read them to mean.
GRADE_STYLES = {
    OUTSTANDING: ("A9D08E", "375623"),
    GOOD: ("C6EFCE", "006100"),
    REQUIRES_IMPROVEMENT: ("FFEB9C", "9C5700"),
    INADEQUATE: ("FFC7CE", "9C0006"),
}
URGENT_STYLE = ("FFC7CE", "9C0006")
STATUS_STYLES = {
    compliance.COMPLETE: ("C6EFCE", "006100"),
    compliance.COMPLETE_LATE: ("FFEB9C", "9C5700"),
    compliance.OVERDUE: ("FFC7CE", "9C0006"),
}
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F3864", end_color="1F3864")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]
    width: int = 14
    kind: str = "text"  # text | date | datetime | grade | flag | number | long


def form_columns(person: str, when: str, practitioner: str = "Practitioner",
                 own: list[tuple[str, str]] = (), re_audits: bool = False) -> list[Column]:
    """The columns of a form sheet. `person`, `when` and `practitioner` name
    those columns as the sheet's readers call them; `own` adds the kind's
    own fields (key, heading), kept in `extra`, after the grades; with
    `re_audits`, a sheet of audits judging a child's case links an
    Inadequate case's audit and its re-audit, both ways."""
    own_columns = [Column(heading, extra_value(key), 24, "long") for key, heading in own]
    re_audit_columns = [
        Column("Re-audited", re_audited_on, 12, "date"),
        Column("Re-audit of", re_audit_of, 26),
        Column("Grade then → now", grade_then_and_now, 30),
    ] if re_audits else []
    return [
        Column("Received", lambda stored: stored.first_received, 17, "datetime"),
        Column("Form", lambda stored: stored.title, 22),
        Column("Case ID", lambda stored: stored.form.case_id, 12),
        Column("Team", lambda stored: stored.form.team, 24),
        Column("Service", lambda stored: stored.form.service, 22),
        Column(person, lambda stored: stored.form.auditor, 20),
        Column(practitioner, lambda stored: stored.form.practitioner, 20),
        Column(when, lambda stored: stored.form.date, 12, "date"),
        Column("Auditor grade", lambda stored: stored.form.grade, 16, "grade"),
        Column("Moderated grade", lambda stored: stored.form.moderated_grade, 16, "grade"),
        Column("Final grade", lambda stored: stored.form.final_grade, 16, "grade"),
        Column("Urgent concern", lambda stored: "Yes" if stored.form.urgent_concern else "No", 10, "flag"),
        Column("Re-audit due", lambda stored: stored.re_audit_due, 12, "date"),
        *re_audit_columns,
        Column("Counted for", lambda stored: stored.counted_for, 24),
        Column("Corrected", corrections_note, 30, "long"),
        *own_columns,
        Column("Actions", lambda stored: len(stored.form.actions), 9, "number"),
        Column("Strengths", lambda stored: "\n".join(stored.form.strengths), 45, "long"),
        Column("Areas for development", lambda stored: "\n".join(stored.form.development_areas), 45, "long"),
        Column("Moderator comments", lambda stored: "\n".join(stored.form.moderator_comments), 45, "long"),
        Column("Version", lambda stored: stored.version, 8, "number"),
        Column("Last received", lambda stored: stored.received, 17, "datetime"),
        Column("Sender", lambda stored: stored.sender, 30),
        Column("File", lambda stored: stored.form.file, 30),
        Column("Notes", lambda stored: stored.notes, 30, "long"),
        Column("Ref", lambda stored: stored.id, 8, "number"),
    ]


ACTION_COLUMNS = [
    Column("Case ID", lambda action: action.case_id, 12),
    Column("Action", lambda action: action.action, 50, "long"),
    Column("Owner", lambda action: action.owner, 20),
    Column("Due", lambda action: action.due, 12, "date"),
    Column("Status", lambda action: action.status, 13),
    Column("Completed", lambda action: action.completed, 12, "date"),
    Column("Notes", lambda action: action.notes, 30, "long"),
    Column("Form", lambda action: action.title, 22),
    Column("Audit date", lambda action: action.audit_date, 12, "date"),
    Column("Team", lambda action: action.team, 24),
    Column("Service", lambda action: action.service, 22),
    Column("Action ref", lambda action: action.id, 10, "number"),
]


@dataclass(frozen=True)
class ServiceAction:
    """A service-level action as the Service actions sheet shows it: who is
    reminded of it (the owner named on the form, else the Head of Service
    of its service) and the theme of the audit it came from."""

    action: Any
    responsible: str | None
    theme: str | None


# Status in column E and due date in D, as on the Actions sheet, so the same
# status list and overdue colouring apply (`add_action_rules`).
SERVICE_ACTION_COLUMNS = [
    Column("Service", lambda row: row.action.service, 24),
    Column("Action", lambda row: row.action.action, 50, "long"),
    Column("Owner", lambda row: row.responsible, 20),
    Column("Due", lambda row: row.action.due, 12, "date"),
    Column("Status", lambda row: row.action.status, 13),
    Column("Completed", lambda row: row.action.completed, 12, "date"),
    Column("Notes", lambda row: row.action.notes, 30, "long"),
    Column("Form", lambda row: row.action.title, 22),
    Column("Theme", lambda row: row.theme, 24),
    Column("Audit date", lambda row: row.action.audit_date, 12, "date"),
    Column("Owner on the form", lambda row: row.action.owner, 20),
    Column("Action ref", lambda row: row.action.id, 10, "number"),
]

SECTION_COLUMNS = [
    Column("Case ID", lambda row: row[0].form.case_id, 12),
    Column("Form", lambda row: row[0].title, 22),
    Column("Audit date", lambda row: row[0].form.date, 12, "date"),
    Column("Team", lambda row: row[0].form.team, 24),
    Column("Service", lambda row: row[0].form.service, 22),
    Column("Section", lambda row: row[1], 40),
    Column("Grade", lambda row: row[2], 16, "grade"),
]


def corrections_note(stored: StoredForm) -> str | None:
    """Which fields were corrected since the form was read, and by whom:
    "Moderated grade (Head of Service overview); Auditor grade (the tracker)"."""
    names = {"case_id": "Case ID", "grade": "Auditor grade", "moderated_grade": "Moderated grade",
             "urgent_concern": "Urgent concern", "date": "Date"}
    latest = {correction.field: correction.source for correction in stored.corrections}
    return "; ".join(f"{names.get(field, field.replace('_', ' ').capitalize())} ({source})"
                     for field, source in latest.items()) or None


def re_audited_on(stored: StoredForm):
    """On an Inadequate case's audit: the date of its re-audit."""
    re_audit, _ = stored.re_audit_links
    return re_audit.re_audit.form.date if re_audit is not None else None


def re_audit_of(stored: StoredForm) -> str | None:
    """On a re-audit: the audit that judged the case Inadequate."""
    _, original = stored.re_audit_links
    if original is None:
        return None
    return f"the audit of {original.original.form.date:%d/%m/%Y} (Ref {original.original.id})"


def grade_then_and_now(stored: StoredForm) -> str | None:
    """"Inadequate → Good": on a re-audit, from the audit it follows; on
    an audit re-audited since, to its re-audit."""
    re_audit, original = stored.re_audit_links
    link = original or re_audit
    return link.change if link is not None else None


def counted_for(stored: StoredForm, staff) -> str:
    """Whom the form counts for on the staff list, or why nobody yet."""
    found = attribution(stored.form, stored.sender, staff)
    if found.person is not None:
        return found.person.name
    if found.ambiguous:
        return "Nobody yet: could be " + " or ".join(candidate.name for candidate in found.candidates)
    return "Nobody yet: not on the staff list"


def extra_value(key: str) -> Callable[[StoredForm], Any]:
    def value(stored: StoredForm) -> Any:
        found = stored.form.extra.get(key)
        if isinstance(found, list):
            return "; ".join(str(item) for item in found)
        if isinstance(found, bool):
            return "Yes" if found else "No"
        return found
    return value


def sheet_columns(sheet: str, kinds: list[FormKind]) -> list[Column]:
    """The columns of the sheet holding `kinds`. The Audits and Observations
    sheets keep the headers other tools rely on; other sheets name their
    people as the form does ("Head of Service", "Supervisee") and add each
    kind's own fields (a thematic audit's theme, a supervision's supervisor)."""
    own: list[tuple[str, str]] = []
    for kind in kinds:
        for key, field_definition in kind.fields.items():
            if key in kind.own_fields and (key, field_definition.name) not in own:
                own.append((key, field_definition.name[:1].upper() + field_definition.name[1:]))
    re_audits = any(kind.name in routing.CASE_JUDGEMENT_KINDS for kind in kinds)
    if sheet == "Audits":
        return form_columns("Auditor", "Audit date", own=own, re_audits=re_audits)
    if sheet == "Observations":
        return form_columns("Observer", "Observation date", own=own, re_audits=re_audits)
    first = kinds[0] if kinds else None

    def label(field_name: str, default: str) -> str:
        if first is None or field_name not in first.fields or not first.fields[field_name].labels:
            return default
        return first.fields[field_name].labels[0]

    return form_columns(label("auditor", "Auditor"), "Date", label("practitioner", "Practitioner"), own=own,
                        re_audits=re_audits)


def rebuild(store: Store, settings: Settings, path: Path, *, now: datetime) -> Path:
    """Write the tracker for everything in `store` to `path`, atomically."""
    definitions = settings.forms
    forms = store.current_forms()
    titles = {kind.name: kind.title for kind in definitions.kinds.values()}
    counted: dict[tuple[str | None, str], str] = {}
    for stored in forms:
        stored.title = titles.get(stored.form.form, stored.form.form)
        key = (stored.form.auditor, stored.sender)
        if key not in counted:
            counted[key] = counted_for(stored, settings.staff)
        stored.counted_for = counted[key]
    links = reaudits.link(forms)
    for stored in forms:
        stored.re_audit_links = (links.by_original.get(stored.id), links.by_re_audit.get(stored.id))
    sheets: dict[str, list[StoredForm]] = {}
    for kind in definitions.kinds.values():
        sheets.setdefault(kind.sheet, [])
    for stored in forms:
        sheet = definitions.kind(stored.form.form).sheet if stored.form.form in titles else "Other forms"
        sheets.setdefault(sheet, []).append(stored)

    today = now.astimezone(LONDON).date()
    owed = owed_for(settings, forms, today)
    actions = store.current_actions()
    workbook = Workbook(write_only=True)
    write_dashboard(workbook, dashboard_figures(settings, forms, actions, owed, today))
    for name, rows in sheets.items():
        kinds = [kind for kind in definitions.kinds.values() if kind.sheet == name]
        write_sheet(workbook, name, sheet_columns(name, kinds), rows)
    for action in actions:
        action.title = titles.get(action.kind, action.kind)
    case_actions = [action for action in actions if not action.service_level]
    actions_sheet = write_sheet(workbook, "Actions", ACTION_COLUMNS, case_actions)
    add_action_rules(actions_sheet, len(case_actions))
    service_actions = service_action_rows(actions, forms, settings)
    service_sheet = write_sheet(workbook, "Service actions", SERVICE_ACTION_COLUMNS, service_actions)
    add_action_rules(service_sheet, len(service_actions))
    section_rows = [(stored, section, grade) for stored in forms
                    for section, grade in stored.form.section_grades.items()]
    write_sheet(workbook, "Section grades", SECTION_COLUMNS, section_rows)
    write_compliance(workbook, settings, owed, today)
    write_about(workbook, now, len(forms), len(actions))

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.stem}.writing{path.suffix}")
    workbook.save(temporary)
    checkpoint("during-tracker-write")
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    return path


def service_action_rows(actions, forms: list[StoredForm], settings: Settings) -> list[ServiceAction]:
    """The service-level actions (2025 framework §3.1: a thematic review's
    service-level action plan, tracked at the monthly performance clinic),
    apart from the case actions, each with the person reminded of it."""
    themes = {stored.id: stored.form.extra.get("theme") for stored in forms}
    rows = []
    for action in actions:
        if not action.service_level:
            continue
        person = routing.service_action_owner(action.owner, action.service, settings.staff)
        rows.append(ServiceAction(action, person.name if person else action.owner, themes.get(action.form_id)))
    return rows


def workbook_styles(workbook: Workbook) -> CellStyles:
    """The style cache of this workbook (style indexes belong to one workbook)."""
    if not hasattr(workbook, "qa_cell_styles"):
        workbook.qa_cell_styles = CellStyles()
    return workbook.qa_cell_styles


def write_sheet(workbook: Workbook, name: str, columns: list[Column], rows: Iterable[Any]):
    sheet = workbook.create_sheet(title=name[:31])
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    # Printed, a sheet is landscape, as wide as the page (as many pages
    # long as it takes), with the header row on every page. Set before the
    # first row: a write-only sheet writes its properties first.
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    styles = workbook_styles(workbook)
    sheet.append([header_cell(sheet, column.header, styles) for column in columns])
    count = 0
    getters = [column.value for column in columns]
    styled = [(index, column) for index, column in enumerate(columns)
              if column.kind in NUMBER_FORMATS or column.kind == "long"]
    for row in rows:
        values = [get(row) for get in getters]
        for index, column in styled:
            values[index] = cell(sheet, column, values[index], styles)
        for index, value in enumerate(values):
            if type(value) is str and value[:1] == "=":
                values[index] = cell(sheet, columns[index], value, styles)
        sheet.append(values)
        count += 1
    if count == 0:
        # Excel tables need a data row; an empty one keeps the filters usable.
        sheet.append([None] * len(columns))
    colour_rules(sheet, columns, max(count, 1) + 1)
    last = get_column_letter(len(columns))
    table = Table(displayName=table_name(name), ref=f"A1:{last}{max(count, 1) + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.tableColumns = [TableColumn(id=index, name=column.header)
                          for index, column in enumerate(columns, start=1)]
    with warnings.catch_warnings():
        # openpyxl warns on every write-only table; the columns are set above.
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)
    return sheet


class CellStyles:
    """Each distinct cell style is worked out once per workbook and then
    copied. Setting a font, fill and alignment on every cell makes openpyxl
    hash and look up each style object for each cell, which costs several
    times more than writing the values; copying a cell's style array (its
    indexes into the workbook's style lists) costs nothing."""

    def __init__(self):
        self.arrays: dict[tuple, Any] = {}

    def apply(self, target: WriteOnlyCell, key: Any, configure: Callable[[WriteOnlyCell], None]) -> None:
        array = self.arrays.get(key)
        if array is None:
            configure(target)
            self.arrays[key] = StyleArray(target._style)
        else:
            target._style = StyleArray(array)


def header_cell(sheet, text: str, styles: CellStyles) -> WriteOnlyCell:
    header = WriteOnlyCell(sheet, value=text)

    def configure(target: WriteOnlyCell) -> None:
        target.font = HEADER_FONT
        target.fill = HEADER_FILL
        target.alignment = Alignment(wrap_text=True, vertical="top")

    styles.apply(header, "header", configure)
    return header


NUMBER_FORMATS = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "percent": "0%"}


def cell(sheet, column: Column, value: Any, styles: CellStyles) -> Any:
    """What to append for one value: the value itself where it needs no
    style (the cheapest cell to write), else a styled write-only cell.
    Colours come from conditional formatting (`colour_rules`), not from the
    cells, so they also follow a value the QA team types in."""
    kind = column.kind
    if value is None:
        return None
    if kind == "datetime":
        value = value.astimezone(LONDON).replace(tzinfo=None, microsecond=0)
    elif kind not in NUMBER_FORMATS and kind != "long" and not (isinstance(value, str) and value[:1] == "="):
        return value
    result = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value[:1] == "=":
        # Text from a form is always text: openpyxl makes a string that
        # starts with "=" a live formula.
        result.data_type = "s"
    styles.apply(result, kind, configure_for(kind))
    return result


def configure_for(kind: str) -> Callable[[WriteOnlyCell], None]:
    def configure(target: WriteOnlyCell) -> None:
        if kind in NUMBER_FORMATS:
            target.number_format = NUMBER_FORMATS[kind]
        if kind == "long":
            target.alignment = WRAP
    return configure


def colour_rules(sheet, columns: list[Column], last_row: int) -> None:
    """Grades, urgent concerns and statuses in Excel's good / neutral / bad
    colours, by conditional formatting over their columns."""
    for index, column in enumerate(columns, start=1):
        colours = {"grade": GRADE_STYLES, "flag": {"Yes": URGENT_STYLE}, "status": STATUS_STYLES}.get(column.kind)
        if not colours:
            continue
        letter = get_column_letter(index)
        for value, (fill, font) in colours.items():
            sheet.conditional_formatting.add(
                f"{letter}2:{letter}{last_row}",
                CellIsRule(operator="equal", formula=[f'"{value}"'],
                           fill=PatternFill("solid", start_color=fill, end_color=fill),
                           font=Font(color=font, bold=value in (INADEQUATE, "Yes"))),
            )


COMPLIANCE_COLUMNS = [
    Column("Due", lambda item: item.due, 12, "date"),
    Column("Period", lambda item: item.period.label, 26),
    Column("Requirement", lambda item: item.rule.what, 34),
    Column("Kind", lambda item: item.rule.kind.replace("_", " "), 16),
    Column("Name", lambda item: item.person.name, 20),
    Column("Role", lambda item: item.person.role.replace("_", " "), 18),
    Column("Team", lambda item: item.person.team, 24),
    Column("Service", lambda item: item.person.service, 24),
    Column("Expected", lambda item: item.expected, 10, "number"),
    Column("Received", lambda item: item.received, 10, "number"),
    Column("On time", lambda item: min(item.on_time, item.expected), 9, "number"),
    Column("Outstanding", lambda item: item.outstanding, 12, "number"),
    Column("Status", lambda item: item.status_today, 15, "status"),
    Column("Awaiting", lambda item: ", ".join(item.awaiting), 30, "long"),
]

TOTAL_COLUMNS = [
    Column("Level", lambda row: row[0], 10),
    Column("Name", lambda row: row[1], 34),
    Column("Expected", lambda row: row[2].expected, 10, "number"),
    Column("Received", lambda row: row[2].received, 10, "number"),
    Column("On time", lambda row: row[2].on_time, 9, "number"),
    Column("Overdue items", lambda row: row[2].overdue, 13, "number"),
    Column("Received %", lambda row: row[2].rate, 11, "percent"),
]


def owed_for(settings: Settings, forms: list[StoredForm], today: date) -> list[compliance.Obligation]:
    """The obligations the Compliance sheets and the dashboard show, worked
    out once: those due from the start of the municipal year (or of the
    dashboard's year of months, if earlier) to a month ahead (or the end of
    the dashboard's range, if later)."""
    first, last = owed_range(today)
    return compliance.obligations(settings.schedule, settings.staff, forms,
                                  min(calendar.year_of(today).start, first), max(today + timedelta(days=31), last))


def write_compliance(workbook: Workbook, settings: Settings, owed: list[compliance.Obligation], today: date) -> None:
    """Expected against received per person per period, from the start of
    the municipal year to a month ahead; and the totals to date per team and
    per service. `owed` are `owed_for`'s obligations."""
    start, end = calendar.year_of(today).start, today + timedelta(days=31)
    owed = [item for item in owed if start <= item.due <= end]
    for item in owed:
        item.status_today = item.status(today)
    write_sheet(workbook, "Compliance", COMPLIANCE_COLUMNS, owed)
    to_date = [item for item in owed if item.due <= today]
    rows = [("Team", name, totals) for name, totals in
            compliance.totals_by(to_date, today, lambda item: item.person.team or "(no team)").items()]
    rows += [("Service", name, totals) for name, totals in
             compliance.totals_by(to_date, today, lambda item: item.person.service or "(no service)").items()]
    all_totals = compliance.totals_by(to_date, today, lambda item: "All").get("All")
    if all_totals:
        rows.append(("All", f"Due by {today.day} {today:%B %Y}", all_totals))
    write_sheet(workbook, "Compliance by team", TOTAL_COLUMNS, rows)


def add_action_rules(sheet, count: int) -> None:
    """Status from a list; an open action past its due date shows red."""
    last_row = max(count, 1) + 1
    statuses = DataValidation(type="list", formula1='"' + ",".join(ACTION_STATUSES) + '"', allow_blank=True)
    statuses.error = "Choose one of: " + ", ".join(ACTION_STATUSES)
    statuses.add(f"E2:E{last_row}")
    sheet.data_validations.append(statuses)
    overdue_fill = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
    sheet.conditional_formatting.add(
        f"A2:L{last_row}",
        FormulaRule(formula=['AND($D2<>"",$D2<TODAY(),$E2<>"Completed",$E2<>"Not required")'],
                    fill=overdue_fill, font=Font(color="9C0006")),
    )


def read_back_edits(path: Path, store: Store, settings: Settings | None = None, *,
                    now: datetime | None = None, on_correction: Callable | None = None) -> int:
    """Keep what the QA team typed into the workbook: `Status`, `Completed`
    and `Notes` on the Actions sheet, `Notes` on the form sheets and, given
    `settings`, corrections to what the bot read (case ID, team, service,
    auditor, practitioner, date, grades, urgent concern) on the form sheets,
    each kept as a correction from the tracker; `on_correction(before,
    after)` is called for each inside the same transaction (to queue the
    alerts it raises). Return how many records changed. A workbook that
    cannot be read (open and locked, damaged) is left alone: the store still
    holds everything it showed."""
    if not path.exists():
        return 0
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        log.warning("The tracker's edits could not be read back (%s); they stay in the workbook", error)
        return 0
    changed = 0
    try:
        with store.transaction():
            for sheet in workbook.worksheets:
                rows = sheet.iter_rows(values_only=True)
                header = [str(value).strip() if value is not None else "" for value in next(rows, ())]
                if "Action ref" in header:
                    changed += read_actions(rows, header, store)
                elif "Ref" in header and "Notes" in header:
                    ref, notes = header.index("Ref"), header.index("Notes")
                    editable = editable_columns(header) if settings is not None else {}
                    for row in rows:
                        if len(row) > max(ref, notes) and isinstance(row[ref], (int, float)):
                            changed += store.apply_form_note(int(row[ref]), text_or_none(row[notes]))
                            if editable:
                                changed += read_corrections(store, settings, int(row[ref]), row, editable,
                                                            now or datetime.now(timezone.utc), on_correction)
    finally:
        workbook.close()
    if changed:
        log.info("Kept %d edit%s made in the tracker", changed, "s" if changed != 1 else "")
    return changed


# The fields of a form sheet the QA team may correct, by column; the person,
# practitioner and date columns are named per sheet ("Observer"), so they are
# found by their place after "Service" (see `form_columns`).
CORRECTABLE = {"Case ID": "case_id", "Team": "team", "Service": "service", "Auditor grade": "grade",
               "Moderated grade": "moderated_grade", "Urgent concern": "urgent_concern"}
TRACKER_SOURCE = "the tracker"


def editable_columns(header: list[str]) -> dict[int, str]:
    """Column index -> field, for a form sheet's header row."""
    columns = {header.index(name): field for name, field in CORRECTABLE.items() if name in header}
    if "Service" in header:
        after = header.index("Service")
        for offset, field in ((1, "auditor"), (2, "practitioner"), (3, "date")):
            if after + offset < len(header):
                columns[after + offset] = field
    return columns


def read_corrections(store: Store, settings: Settings, form_id: int, row: tuple, columns: dict[int, str],
                     now: datetime, on_correction: Callable | None) -> int:
    """Record each cell of `row` that differs from what the store holds for
    form `form_id` as a correction; a value that cannot be a value of its
    field (a grade that is no grade) is left and logged."""
    stored = original = store.form(form_id)
    if stored is None:
        return 0
    changed = 0
    for column, field in columns.items():
        if column >= len(row):
            continue
        reading = corrections.read_value(field, row[column], settings)
        if reading.problem is not None:
            log.warning("Tracker row Ref %d: %s, so the %s was not corrected", form_id, reading.problem,
                        field.replace("_", " "))
            continue
        if reading.value == corrections.stored_value(stored.form, field):
            continue
        stored = corrections.record(store, settings, stored, field, reading.value, TRACKER_SOURCE, now=now) or stored
        changed += 1
    if changed and on_correction is not None:
        # Alerts judge the row as the QA team left it, all its cells corrected.
        on_correction(original, stored)
    return changed


def read_actions(rows, header: list[str], store: Store) -> int:
    columns = {name: header.index(name) for name in ("Action ref", "Status", "Completed", "Notes") if name in header}
    changed = 0
    for row in rows:
        value = row[columns["Action ref"]] if len(row) > columns["Action ref"] else None
        if not isinstance(value, (int, float)):
            continue
        status = text_or_none(row[columns["Status"]]) if "Status" in columns else None
        completed = as_date(row[columns["Completed"]]) if "Completed" in columns else None
        notes = text_or_none(row[columns["Notes"]]) if "Notes" in columns else None
        if completed and not is_closed(status):
            status = "Completed"  # a completion date means it is done
        changed += store.apply_action_edit(int(value), normal_status(status), completed, notes)
    return changed


def normal_status(text: str | None) -> str | None:
    """'completed', 'COMPLETE', 'done' read as the list's own spellings."""
    if text is None:
        return None
    folded = text.strip().casefold()
    aliases = {"complete": "Completed", "done": "Completed", "closed": "Completed", "n/a": "Not required"}
    for status in ACTION_STATUSES:
        if folded == status.casefold():
            return status
    return aliases.get(folded, text.strip())


def write_about(workbook: Workbook, now: datetime, forms: int, actions: int) -> None:
    sheet = workbook.create_sheet(title="About")
    sheet.column_dimensions["A"].width = 110
    lines = [
        ("QA tracker", True),
        (f"Rebuilt {now.astimezone(LONDON):%d/%m/%Y %H:%M} from the QA bot's store: "
         f"{forms} forms, {actions} actions.", False),
        ("Each sheet is rebuilt whenever new forms arrive. Edits to Status, Completed and Notes on the "
         "Actions and Service actions sheets are kept. On the form sheets, Notes and corrections to Case ID, Team, Service, the "
         "auditor, the practitioner, the date, the auditor's and moderated grades and Urgent concern are kept "
         "and shown in the Corrected column; other changes are replaced. A form's sender can also correct it "
         "by replying to its receipt (\"grade: Good\").", False),
        ("Case IDs only: this workbook never holds a child's name, date of birth or address.", False),
    ]
    for text, bold in lines:
        line = WriteOnlyCell(sheet, value=text)
        line.data_type = "s"
        line.font = Font(bold=bold, size=14 if bold else 11)
        sheet.append([line])


def table_name(sheet: str) -> str:
    """An Excel table name: letters, digits and underscores, not a cell reference."""
    cleaned = "".join(character if character.isalnum() else "_" for character in sheet)
    return f"tbl_{cleaned}"
