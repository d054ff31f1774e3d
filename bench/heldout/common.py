"""What the held-out layouts share: the file and its truth, the council's
brand, how people write grades, dates and case references on forms the
sample builder never drew, the families' other members, and small Word
helpers.

Nothing here is imported by the parser or its tests. Truth always comes
from a sample's `expected()` after any change made to the sample with
`dataclasses.replace`, so a file and its truth cannot drift apart.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from bot.samples import COUNCIL
from bot.samples.ooxml import shade, stable_zip
from bot.samples.people import ADULT_FIRST_NAMES, CHILD_FIRST_NAMES
from bot.samples.wording import GRADES

OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE = GRADES


@dataclass(frozen=True)
class HeldOutForm:
    """One held-out file: its bytes, what a parser should read from it (the
    keys of `SampleForm.expected()`), and every string that must never
    come out of it."""

    family: str
    filename: str
    data: bytes
    truth: dict[str, Any]
    personal: tuple[str, ...]


def held_out(family: str, index: int, sample, data: bytes, extension: str, *,
             others: tuple[str, ...] = (), also: tuple[str, ...] = (),
             truth: dict[str, Any] | None = None) -> HeldOutForm:
    """Wrap a built file. `others` are names of family members the sample
    does not know (siblings, group attendees); they join its personal data
    with their first names. `also` adds other strings as written (a date of
    birth in a spelling the sample does not list)."""
    firsts = tuple(name.split()[0] for name in others)
    # A date of birth read into a date field comes out in ISO form.
    born = (sample.child.date_of_birth.isoformat(),) if sample.child else ()
    personal = (*sample.personal_data(), *others, *firsts, *also, *born)
    return HeldOutForm(family, f"{family}-{index:03d}.{extension}", data, truth or sample.expected(),
                       tuple(dict.fromkeys(personal)))


# --- the council's look -----------------------------------------------------------

# Brand colours councils print their name and headings in. Red is among them:
# a red heading is not a Head of Service's moderation.
BRAND_COLOURS = ("005EB8", "00703C", "6B2C91", "C8102E", "00788A", "A6192E")
# What Heads of Service type in when the council's guidance says "a different
# colour" and they do not choose red.
MODERATION_INKS = ("0070C0", "00B050", "7030A0", "2E75B6", "538135")
DIRECTORATES = ("Children and Families Directorate", "Children's Services", "Children, Young People and Families",
                "People Directorate – Children's Social Care")


def council_line(rng: random.Random) -> str:
    return f"{COUNCIL} – {rng.choice(DIRECTORATES)}"


# --- how people write things ----------------------------------------------------------

# Grades as auditors type them when nothing stops them.
_INFORMAL = {
    OUTSTANDING: ("Outstanding", "outstanding", "OUTSTANDING"),
    GOOD: ("Good", "good", "GOOD"),
    REQUIRES_IMPROVEMENT: ("RI", "Req. Imp.", "R.I.", "requires improvement", "Requires Improvement",
                           "Req. improvement"),
    INADEQUATE: ("Inadequate", "inadequate", "INADEQUATE"),
}
# A note typed after the grade in the same cell; none of them names a grade.
GRADE_NOTES = ("some drift in planning", "see comments", "chronology needs updating", "discussed with the SW",
               "evidence limited in places", "plan needs to be SMART", "see evidence above", "recording is behind")


def informal_grade(rng: random.Random, grade: str, *, note_chance: float = 0.0) -> str:
    """`grade` as a person types it, sometimes with a note after a dash."""
    written = rng.choice(_INFORMAL[grade])
    if rng.random() < note_chance:
        written += f" {rng.choice(('–', '-', '—'))} {rng.choice(GRADE_NOTES)}"
    return written


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


DATE_WRITERS = (
    lambda day: f"{_ordinal(day.day)} {_MONTHS[day.month - 1][:3]} {day.year}",
    lambda day: f"{day.day:02}-{_MONTHS[day.month - 1][:3]}-{day.year}",
    lambda day: f"{day.day:02}.{day.month:02}.{day.year % 100:02}",
    lambda day: f"{day.day:02}/{day.month:02}/{day.year}",
    lambda day: f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}",
    lambda day: f"{day.day} {_MONTHS[day.month - 1]} {day.year}",
    lambda day: f"{_ordinal(day.day)} of {_MONTHS[day.month - 1]} {day.year}",
)


def date_writer(rng: random.Random):
    """One form's way of writing dates (a person keeps to one)."""
    return rng.choice(DATE_WRITERS)


# Case systems' references as they appear on forms: the truth is the whole
# reference as written.
CASE_PREFIXES = ("LCS-", "C", "CSC/", "MOS-", "LCS", "CS-")


def case_reference(rng: random.Random, case_id: str) -> str:
    """The sample's 7 digits as a case system with a letter prefix writes them."""
    return f"{rng.choice(CASE_PREFIXES)}{case_id}"


def early_help_reference(rng: random.Random, case_id: str) -> str:
    """An Early Help system's reference: a service prefix and five or six digits."""
    return rng.choice((f"EH/{case_id[:5]}", f"EH-{case_id[:6]}", f"EHM{case_id[:6]}", f"EH/{case_id[1:6]}"))


# --- the family's other members -------------------------------------------------------


def siblings(rng: random.Random, child, count: int, today: date) -> list[tuple[str, date]]:
    """`count` brothers and sisters of `child` (full name, date of birth
    before `today`), first names unlike the child's."""
    firsts = rng.sample([name for name in CHILD_FIRST_NAMES if name != child.first_name], count)
    born = []
    for first, years in zip(firsts, rng.sample((-6, -4, -3, -2, 2, 3, 5), count)):
        day = child.date_of_birth + timedelta(days=365 * years + rng.randint(-120, 120))
        if day > today - timedelta(days=60):
            day = child.date_of_birth - timedelta(days=365 * abs(years) + rng.randint(0, 120))
        born.append((f"{first} {child.surname}", day))
    return born


def attendees(rng: random.Random, surnames: tuple[str, ...], count: int) -> list[str]:
    """Parents at a group session: invented adults."""
    return [f"{first} {rng.choice(surnames)}" for first in rng.sample(ADULT_FIRST_NAMES, count)]


SIBLING_SENTENCES = (
    "{name}'s needs are not considered separately in the plan.",
    "{name} was not spoken to during the assessment, although the worries apply to all the children.",
    "The plan does not say how {name} will be kept safe when contact resumes.",
)
ATTENDEE_SENTENCES = (
    "{name} said the session helped her understand her son's behaviour.",
    "{name} spoke openly about the routines at home and was supported by the group.",
    "The practitioner followed up {name}'s question about school transport after the session.",
)


def mention(rng: random.Random, pool: tuple[str, ...], full_name: str) -> str:
    """A free-text sentence naming someone by first name, as real forms do."""
    return rng.choice(pool).format(name=full_name.split()[0])


def recount(sentences: tuple[str, ...], total: int) -> tuple[str, ...]:
    """Sentences such as "In 7 of the 10 cases audited ..." made to agree
    with the `total` cases a form lists."""

    def fix(found: re.Match) -> str:
        return f"In {min(int(found.group(1)), total - 1)} of the {total} cases"

    return tuple(re.sub(r"In (\d+) of the \d+ cases", fix, sentence) for sentence in sentences)


# --- Word helpers --------------------------------------------------------------------------


def new_document(rng: random.Random, *, landscape: bool = False) -> docx.Document:
    document = docx.Document()
    document.settings.element.find(qn("w:zoom")).set(qn("w:percent"), "100")
    style = document.styles["Normal"]
    style.font.name = rng.choice(("Arial", "Calibri", "Verdana"))
    style.font.size = Pt(rng.choice((10, 11)))
    if landscape:
        section = document.sections[0]
        section.page_width, section.page_height = section.page_height, section.page_width
    return document


def run(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False, colour: str | None = None,
        strike: bool = False, highlight: bool = False, size: int | None = None):
    added = paragraph.add_run(text)
    added.bold = bold or None
    added.italic = italic or None
    if colour:
        added.font.color.rgb = RGBColor.from_string(colour)
    if strike:
        added.font.strike = True
    if highlight:
        added.font.highlight_color = WD_COLOR_INDEX.YELLOW
    if size:
        added.font.size = Pt(size)
    return added


def paragraph(document, text: str = "", **look) -> Paragraph:
    added = document.add_paragraph()
    if text:
        run(added, text, **look)
    return added


def brand_heading(document, text: str, brand: str, *, size: int = 13) -> Paragraph:
    """A heading as council templates print it: bold, in the brand colour,
    in a normal paragraph (not a Word heading style)."""
    return paragraph(document, text, bold=True, colour=brand, size=size)


def table(document, rows: int, columns: int):
    added = document.add_table(rows=rows, cols=columns)
    added._tbl.tblStyle_val = "TableGrid"
    return added


def write(cell: _Cell, text: str, **look) -> Paragraph:
    """Write `text` into the cell's first empty paragraph (or a new one);
    newlines start new paragraphs."""
    lines = str(text).split("\n")
    target = cell.paragraphs[-1]
    if target.text:
        target = cell.add_paragraph()
    for index, line in enumerate(lines):
        if index:
            target = cell.add_paragraph()
        run(target, line, **look)
    return target


def label(cell: _Cell, text: str, fill: str | None = None, *, colour: str | None = None) -> None:
    write(cell, text, bold=True, colour=colour)
    if fill:
        shade(cell._tc, fill)


def finish_docx(document, title: str, author_date: date, editor: str) -> bytes:
    properties = document.core_properties
    properties.author = COUNCIL
    properties.title = title
    properties.last_modified_by = editor
    written = datetime.combine(author_date, time(16, 5))
    properties.created = written - timedelta(days=700)
    properties.modified = written
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


# --- four grade columns with a mark -------------------------------------------------------

# The order councils print the four columns in; one published form puts Good first.
GRADE_COLUMNS = (
    ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
     (INADEQUATE, "Inadequate")),
    ((GOOD, "Good"), (OUTSTANDING, "Outstanding"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
     (INADEQUATE, "Inadequate")),
)
# How the chosen column is marked; "" means the cell is shaded and left empty.
MARKS = ("X", "x", "\u2713", "\u221a", "\u25cf", "")
MARK_SHADE = "A6A6A6"


def mark(cell: _Cell, style: str, *, colour: str | None = None) -> None:
    """Mark a chosen grade cell: a symbol (in `colour` if given), or shading."""
    if style:
        write(cell, style, bold=True, colour=colour)
    else:
        shade(cell._tc, colour or MARK_SHADE)


def actions_table(document, rng: random.Random, actions, header_options, no_actions: tuple[str, ...], when) -> None:
    """The actions as a table headed by one of `header_options` (the action,
    who and by when in its first three columns, any others left for the
    manager to fill in later), or one of `no_actions` where there are none."""
    if not actions:
        paragraph(document, rng.choice(no_actions))
        return
    headers = rng.choice(header_options)
    grid = table(document, len(actions) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, action in zip(grid.rows[1:], actions):
        write(row.cells[0], action.action)
        write(row.cells[1], action.owner)
        write(row.cells[2], when(action.due))


def moderation_box(document, rng: random.Random, sample, moderation, *, labels: tuple[str, ...],
                   agree: tuple[str, str], not_moderated: tuple[str, ...], ink: str, when) -> None:
    """The Head of Service's moderation as a box of five rows labelled
    `labels` (who, when, whether they agree, the moderated grade, their
    comments), typed in `ink`; a form not moderated carries one of
    `not_moderated` in the comments row, or nothing."""
    box = table(document, 5, 2)
    for row, text in zip(box.rows, labels):
        label(row.cells[0], text, "F2F2F2")
    if moderation:
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            write(box.cell(2, 1), agree[0] if moderation.grade == sample.grade else agree[1], colour=ink)
            write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
    else:
        note = rng.choice(not_moderated)
        if note:
            write(box.cell(4, 1), note, italic=True)
