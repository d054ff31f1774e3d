"""What the council-layout families share: the corpus item, a small Word
writer and Excel saver, and the ways councils write names, dates, grades
and case references.

Nothing here reads the clock or the global random state; every choice is
drawn from a `random.Random` the family passes in.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.writer.excel import ExcelWriter

from ..forms import Section
from ..ooxml import shade, stable_zip
from ..people import CHILD_FIRST_NAMES, COUNCIL, STAFF
from ..wording import GRADE_SPELLINGS, GRADES, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, format_date

GOOD = GRADES[1]


@dataclass(frozen=True)
class CouncilForm:
    """One file of the corpus: the bytes, what a parser should read from
    them (`expected`, with the keys of `SampleForm.expected`) and what must
    never come out (`personal_data`)."""

    family: str
    filename: str
    data: bytes
    expected: dict[str, Any]
    personal_data: list[str]


# --- ink ---------------------------------------------------------------------


@dataclass(frozen=True)
class Ink:
    """A run of text and how it looks. `highlight` is a Word highlight
    colour name ("yellow", "bright_green")."""

    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None
    strike: bool = False
    highlight: str | None = None
    underline: bool = False
    size: float | None = None


Part = str | Ink

# The colours Heads of Service type their moderation in, by name.
MODERATION_INKS = {"red": "FF0000", "dark red": "C00000", "blue": "0070C0", "green": "00B050", "purple": "7030A0"}
_HIGHLIGHTS = {"yellow": WD_COLOR_INDEX.YELLOW, "bright_green": WD_COLOR_INDEX.BRIGHT_GREEN,
               "turquoise": WD_COLOR_INDEX.TURQUOISE}


def hue(colour: str) -> str:
    """Roughly which colour a hex RGB colour is: "red", "green", "blue" or "purple"."""
    red, green, blue = (int(colour[position:position + 2], 16) for position in (0, 2, 4))
    if red > green + 40 and blue > green + 40 and blue > 0.6 * red:
        return "purple"
    if red >= max(green, blue):
        return "red"
    return "green" if green >= blue else "blue"


def moderation_ink(rng: random.Random, avoid: str | None = None) -> str:
    """A moderator's colour, never of the same hue as the council's brand
    colour `avoid`: a red council name above red moderation would leave
    the reader nothing but position to tell them apart."""
    return rng.choice([colour for colour in MODERATION_INKS.values() if avoid is None or hue(colour) != hue(avoid)])


class WordForm:
    """A Word document written the way a council template is: one normal
    font, tables in the grid style, coloured and struck-through runs."""

    def __init__(self, *, font: str = "Arial", size: float = 10, landscape: bool = False):
        self.document = docx.Document()
        # python-docx's template leaves out the zoom percentage Word requires.
        self.document.settings.element.find(qn("w:zoom")).set(qn("w:percent"), "100")
        normal = self.document.styles.element.xpath('w:style[@w:styleId="Normal"]')[0]
        properties = normal.get_or_add_rPr()
        fonts = properties.get_or_add_rFonts()
        for slot in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(slot), font)
        properties.sz_val = Pt(size)
        if landscape:
            section = self.document.sections[0]
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width

    # --- text --------------------------------------------------------------

    def paragraph(self, *parts: Part, style_id: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if style_id:
            paragraph._p.style = style_id
        write_runs(paragraph, parts)
        return paragraph

    def heading(self, text: str, *, colour: str | None = None, size: float = 12, style_id: str | None = None) -> None:
        """A heading: a built-in heading style (with the brand colour on its
        run) or a bold paragraph."""
        self.paragraph(Ink(text, bold=True, colour=colour, size=None if style_id else size), style_id=style_id)

    def page_header(self, *parts: Part) -> None:
        write_runs(self.document.sections[0].header.paragraphs[0], parts)

    def spacer(self) -> None:
        self.document.add_paragraph()

    # --- tables ------------------------------------------------------------

    def table(self, rows: int, columns: int) -> Table:
        table = self.document.add_table(rows=rows, cols=columns)
        table._tbl.tblStyle_val = "TableGrid"
        return table

    def actions_table(self, actions, headers: tuple[str, str, str], *, fill: str | None = None,
                      header_colour: str | None = None, date_style: str = "dd/mm/yyyy") -> Table:
        """The form's table of actions: a header row (action, owner, due),
        then one row an action with its due date spelt in `date_style`."""
        table = self.table(1 + len(actions), 3)
        for cell, text in zip(table.rows[0].cells, headers):
            write(cell, Ink(text, bold=True, colour=header_colour), fill=fill)
        for row, action in enumerate(actions, start=1):
            cells = table.rows[row].cells
            write(cells[0], action.action)
            write(cells[1], action.owner)
            write(cells[2], spell_date(action.due, date_style))
        return table

    def to_bytes(self, *, title: str, editor: str, written: date, revision: int = 2) -> bytes:
        properties = self.document.core_properties
        properties.author = COUNCIL
        properties.title = title
        properties.last_modified_by = editor
        properties.created = datetime.combine(written, time(9, 0)) - timedelta(days=500)
        properties.modified = datetime.combine(written, time(16, 10))
        properties.revision = revision
        buffer = io.BytesIO()
        self.document.save(buffer)
        return stable_zip(buffer.getvalue())


def write_runs(paragraph: Paragraph, parts) -> None:
    for part in parts:
        ink = part if isinstance(part, Ink) else Ink(part)
        if not ink.text:
            continue
        run = paragraph.add_run(ink.text)
        if ink.bold:
            run.bold = True
        if ink.italic:
            run.italic = True
        if ink.underline:
            run.underline = True
        if ink.strike:
            run.font.strike = True
        if ink.colour:
            run.font.color.rgb = RGBColor.from_string(ink.colour)
        if ink.highlight:
            run.font.highlight_color = _HIGHLIGHTS[ink.highlight]
        if ink.size:
            run.font.size = Pt(ink.size)


def write(cell: _Cell, *parts: Part, fill: str | None = None) -> _Cell:
    """Write `parts` into the first paragraph of `cell`, shaded `fill`."""
    write_runs(cell.paragraphs[0], parts)
    if fill:
        shade(cell._tc, fill)
    return cell


def write_lines(cell: _Cell, lines, **style) -> _Cell:
    """One paragraph per line; a line is text or a sequence of parts."""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        parts = [Ink(line, **style)] if isinstance(line, str) else list(line)
        write_runs(paragraph, parts)
    return cell


def label_with_guidance(cell: _Cell, label: str, guidance: str, *, fill: str | None = None) -> None:
    """A label cell that also carries the form designer's guidance, in
    italics underneath, as many council templates print it."""
    write(cell, Ink(label, bold=True), fill=fill)
    write_runs(cell.add_paragraph(), [Ink(guidance, italic=True, size=8)])


def put(sheet, row: int, column: int, value, *, bold: bool = False, italic: bool = False, colour: str | None = None,
        fill: str | None = None, size: float | None = None, number_format: str | None = None, last_column: int = 0,
        last_row: int = 0):
    """Write one cell of a worksheet as a council's spreadsheet has it:
    wrapped, top-aligned, optionally merged across to `last_column` (and
    down to `last_row`). Return the cell."""
    if last_column > column or last_row > row:
        sheet.merge_cells(start_row=row, start_column=column, end_row=max(row, last_row),
                          end_column=max(column, last_column))
    cell = sheet.cell(row=row, column=column, value=value)
    if bold or italic or colour or size:
        cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    if number_format:
        cell.number_format = number_format
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def put_findings(sheet, row: int, sample, *, fill: str, last_column: int) -> int:
    """Strengths, then areas for development, each under a white-on-`fill`
    heading merged across to `last_column`, one item a row; return the row
    after them."""
    for heading, items in (("Strengths", sample.strengths), ("Areas for development", sample.development_areas)):
        put(sheet, row, 1, heading, bold=True, colour="FFFFFF", fill=fill, last_column=last_column)
        row += 1
        for item in items:
            put(sheet, row, 1, item, last_column=last_column)
            row += 1
        row += 1
    return row


def put_actions(sheet, row: int, sample, *, headers: tuple[str, str, str], fill: str, header_fill: str,
                nothing: str | None) -> int:
    """An "Actions" heading, then `nothing` (a sentence saying there are no
    actions) or a header row and one row an action in three columns; return
    the row after them."""
    put(sheet, row, 1, "Actions", bold=True, colour="FFFFFF", fill=fill, last_column=3)
    row += 1
    if nothing is not None:
        put(sheet, row, 1, nothing, last_column=3)
        return row + 1
    for column, text in enumerate(headers, start=1):
        put(sheet, row, column, text, bold=True, fill=header_fill)
    row += 1
    for action in sample.actions:
        put(sheet, row, 1, action.action)
        put(sheet, row, 2, action.owner)
        put(sheet, row, 3, action.due, number_format="dd/mm/yyyy")
        row += 1
    return row


def rich(*parts: Ink) -> CellRichText:
    """A cell holding runs in different fonts (a bold label and italic guidance, a grade and a coloured remark)."""
    return CellRichText(*[TextBlock(InlineFont(b=part.bold or None, i=part.italic or None, color=part.colour,
                                               strike=part.strike or None, sz=part.size), part.text)
                          for part in parts])


def xlsx_bytes(workbook, *, title: str, editor: str, written: date) -> bytes:
    """Save a workbook without the wall-clock time Workbook.save stamps."""
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = editor
    workbook.properties.created = datetime.combine(written, time(9, 0)) - timedelta(days=500)
    workbook.properties.modified = datetime.combine(written, time(16, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


# --- people ------------------------------------------------------------------

_STAFF_BY_NAME = {member.name: member for member in STAFF}
ROLE_TITLES = {
    "practitioner": ("Social Worker", "SW"),
    "practice_manager": ("Team Manager", "TM"),
    "early_help_manager": ("Early Help Manager", "EHM"),
    "safeguarding_practice_manager": ("Safeguarding Practice Manager", "SPM"),
    "head_of_service": ("Head of Service", "HoS"),
    "assistant_director": ("Assistant Director", "AD"),
    "director": ("Director of Children's Services", "DCS"),
    "qa_team": ("Quality Assurance Officer", "QAO"),
}
EARLY_HELP_PRACTITIONER = ("Family Support Worker", "FSW")


def role_of(name: str) -> tuple[str, str]:
    """The job title a form gives the staff member `name`, in full and short."""
    member = _STAFF_BY_NAME[name]
    if member.role == "practitioner" and member.service == "Early Help":
        return EARLY_HELP_PRACTITIONER
    return ROLE_TITLES[member.role]


def with_role(name: str, style: str) -> str:
    """`name` as a form writes it with the person's role: "comma" ("Jo
    Marsh, Team Manager"), "brackets" ("Jo Marsh (Team Manager)"),
    "initials" ("Jo Marsh (TM)"), "dash" ("Jo Marsh – TM") or "plain"."""
    full, short = role_of(name)
    return {
        "comma": f"{name}, {full}",
        "brackets": f"{name} ({full})",
        "initials": f"{name} ({short})",
        "dash": f"{name} \u2013 {short}",
        "plain": name,
    }[style]


def surname_first(name: str, *, capitals: bool = False) -> str:
    """ "Joanne Fletcher" as a system export writes it: "Fletcher, Joanne"
    (or "FLETCHER, Joanne")."""
    first, _, surname = name.rpartition(" ")
    return f"{surname.upper() if capitals else surname}, {first}"


# --- dates -------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Spellings the sample builder does not use, next to its own DATE_STYLES.
_MORE_DATES = {
    "weekday d month yyyy": lambda d: f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}",
    "dth of month yyyy": lambda d: f"{_ordinal(d.day)} of {_MONTHS[d.month - 1]} {d.year}",
    "d-mon-yyyy": lambda d: f"{d.day:02}-{_MONTHS[d.month - 1][:3]}-{d.year}",
    "wkd dd/mm/yyyy": lambda d: f"{_WEEKDAYS[d.weekday()][:3]} {d.day:02}/{d.month:02}/{d.year}",
    "month dth yyyy": lambda d: f"{_MONTHS[d.month - 1]} {_ordinal(d.day)} {d.year}",
}


def spell_date(value: date, style: str) -> str:
    """`value` in one of the sample builder's `DATE_STYLES` or the styles above."""
    if style in _MORE_DATES:
        return _MORE_DATES[style](value)
    return format_date(value, style)


# --- grades ------------------------------------------------------------------

# How councils write the judgements, next to the sample builder's spellings.
_MORE_GRADES = {
    "requires improvement": dict(zip(GRADES, ("Outstanding", "Good", "Requires Improvement", "Inadequate"))),
    "lower": dict(zip(GRADES, ("outstanding", "good", "requires improvement", "inadequate"))),
    "abbreviated": dict(zip(GRADES, ("Outst.", "Good", "Req. Imp.", "Inad."))),
}


def spell_grade(grade: str, style: str) -> str:
    spellings = _MORE_GRADES.get(style) or GRADE_SPELLINGS[style]
    return spellings[grade]


def grade_number(grade: str) -> int:
    """1 for Outstanding to 4 for Inadequate, as numbered scales print them."""
    return GRADES.index(grade) + 1


def step(grade: str, steps: int) -> str:
    index = min(max(GRADES.index(grade) + steps, 0), len(GRADES) - 1)
    return GRADES[index]


GRADE_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}


# --- case references ---------------------------------------------------------


def case_reference(case_id: str, style: str) -> str:
    """A 7-digit case number as a council's system writes it: "digits",
    "C" ("C2045187"), "LCS-" ("LCS-2045187"), "CSC/" ("CSC/2045187"),
    "CP/" ("CP/2045187"), "EH/" ("EH/20451", the first five digits), "EHM"
    ("EHM204518") or "EH " ("EH 204518", the first six digits after a space)."""
    return {
        "digits": case_id,
        "C": f"C{case_id}",
        "LCS-": f"LCS-{case_id}",
        "CSC/": f"CSC/{case_id}",
        "CP/": f"CP/{case_id}",
        "EH/": f"EH/{case_id[:5]}",
        "EHM": f"EHM{case_id[:6]}",
        "EH ": f"EH {case_id[:6]}",
    }[style]


# --- families and the truth --------------------------------------------------


@dataclass(frozen=True)
class OtherChild:
    """A brother, sister or other child a form names: personal data too."""

    first_name: str
    surname: str
    age: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.surname}"


def invent_children(rng: random.Random, surname: str, count: int, *, exclude: tuple[str, ...] = ()) -> list[OtherChild]:
    """`count` children with different first names (none in `exclude`),
    aged 1 to 16, some with another surname."""
    names = rng.sample([name for name in CHILD_FIRST_NAMES if name not in exclude], count)
    return [OtherChild(name, surname if rng.random() < 0.75 else f"{surname}-{rng.choice(('Ward', 'Hale'))}",
                       rng.randint(1, 16)) for name in names]


# The short names children are known by, for the "known as" boxes of the
# forms about children in care and care leavers.
KNOWN_AS = {
    "Tyler": "Ty", "Amira": "Mira", "Kacey": "Kace", "Jayden": "Jayjay", "Mason": "Mase", "Harley": "Harls",
    "Skye": "Skyeblue", "Keeley": "Kee", "Callum": "Cal", "Kayden": "Kayd", "Leighton": "Leigh", "Rhianna": "Rhi",
    "Aaliyah": "Liyah", "Tiegan": "Tee", "Kian": "Kiki", "Poppy": "Pops", "Alfie": "Alf", "Zainab": "Zee",
    "Ibrahim": "Ibby", "Maisie": "Mais", "Lacey": "Lace", "Reuben": "Rubes", "Nevaeh": "Nev", "Oakley": "Oaks",
    "Bobbi": "Bobs", "Frankie": "Frankie-Lou", "Darcey": "Darce", "Kenzie": "Kenz",
}


def children_personal(children) -> list[str]:
    found: list[str] = []
    for child in children:
        found += [child.full_name, child.first_name]
    return found


def personal_of(sample, *others: str) -> list[str]:
    """What must never come out of a form about `sample`: its
    `personal_data()`, the child's date of birth in ISO form (as a parser
    would write a date it read) and the `others` the form also names."""
    found = list(sample.personal_data())
    if sample.child is not None:
        found.append(sample.child.date_of_birth.isoformat())
    return found + [other for other in others if other not in found]


def rename_sections(sample, names: tuple[str, ...]):
    """`sample` with its graded areas under the council's own names, in
    order (the sample's grades and evidence reused in turn), the
    moderator's remarks following their area."""
    sections = tuple(replace(sample.sections[index % len(sample.sections)], name=name)
                     for index, name in enumerate(names))
    changed = {"sections": sections}
    if sample.moderation is not None:
        old_names = [section.name for section in sample.sections]
        remarks = {}
        for index, name in enumerate(names):
            old = old_names[index % len(old_names)]
            if old in sample.moderation.section_comments and index < len(old_names):
                remarks[name] = sample.moderation.section_comments[old]
        changed["moderation"] = replace(sample.moderation, section_comments=remarks)
    return replace(sample, **changed)


def with_sentence_naming(sample, field_name: str, sentence: str):
    """`sample` with its first item of `field_name` (strengths or
    development areas) replaced by `sentence`: the count stays the truth."""
    items = getattr(sample, field_name)
    if not items:
        return sample
    return replace(sample, **{field_name: (sentence, *items[1:])})


NO_ACTIONS = (
    "No further actions required.",
    "No further actions required at this time.",
    "None \u2013 no further actions required.",
    "No actions arising from this audit.",
)


def section_remark(sample, section: Section) -> str | None:
    return sample.moderation.section_comments.get(section.name) if sample.moderation else None


def variant_rng(family: str, seed: int, index: int) -> random.Random:
    return random.Random(f"council:{family}:{seed}:{index}")


def drawn(kind: str, count: int, *, seed: int, today: date, where=None) -> list:
    """`count` invented forms of `kind` from the sample builder (case file,
    Early Help and observation forms from `sample_forms`, the other tools
    from `tool_samples`), those `where` accepts when given."""
    from ..forms import KINDS
    from ..population import sample_forms
    from ..tools import tool_samples

    accepted = []
    batch = 0
    while len(accepted) < count:
        batch += 1
        if kind in KINDS:
            candidates = sample_forms(60, seed=seed * 97 + batch, today=today)
        else:
            candidates = tool_samples(count, seed=seed * 97 + batch, today=today, kinds=(kind,))
        accepted += [sample for sample in candidates if sample.kind == kind and (where is None or where(sample))]
    return accepted[:count]
