"""Turn a `SampleForm` into the bytes of a .docx or .xlsx file."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import datetime, time, timedelta

import docx
from docx.oxml.ns import qn
from openpyxl.writer.excel import ExcelWriter

from .docx_control_layouts import (
    CheckboxLayout,
    ContentControlLayout,
    LegacyFieldLayout,
)
from .docx_layouts import TableLayout
from .docx_text_layouts import ParagraphLayout, VerticalLayout
from .forms import SampleForm
from .ooxml import ControlIds, stable_zip
from .outline import build_outline
from .people import COUNCIL
from .wording import DATE_STYLES, WORD_DATE_STYLES, choose_wording
from .xlsx_layouts import WorkbookLayout

_LAYOUT_CLASSES = {
    layout.name: layout
    for layout in (
        TableLayout,
        ParagraphLayout,
        CheckboxLayout,
        ContentControlLayout,
        LegacyFieldLayout,
        VerticalLayout,
    )
}
# Every .docx layout, for `build_docx(sample, layout)`.
LAYOUTS: tuple[str, ...] = tuple(_LAYOUT_CLASSES)


def build_docx(sample: SampleForm, layout: str, *, variant_seed: int = 0) -> bytes:
    """Return a Word form carrying `sample` in the named layout.

    `variant_seed` picks the wording (label synonyms, grade and date
    spellings, moderation colour) and the look; the same sample, layout and
    seed always give the same bytes. Raise ValueError for an unknown layout.
    """
    layout_class = _LAYOUT_CLASSES.get(layout)
    if layout_class is None:
        raise ValueError(f"Unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}.")
    rng = random.Random(f"docx:{layout}:{variant_seed}")
    date_styles = WORD_DATE_STYLES if layout_class.uses_date_picker else tuple(DATE_STYLES)
    wording = choose_wording(rng, sample.kind, date_styles=date_styles)
    outline = build_outline(sample, wording, rng)
    document = docx.Document()
    # python-docx's template leaves out the zoom percentage Word requires.
    document.settings.element.find(qn("w:zoom")).set(qn("w:percent"), "100")
    layout_class(document, wording, rng, ControlIds(rng)).render(outline)
    _set_document_properties(document, sample, outline.title)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def build_xlsx(sample: SampleForm, *, variant_seed: int = 0) -> bytes:
    """Return an Excel form carrying `sample`; the same sample and seed
    always give the same bytes."""
    rng = random.Random(f"xlsx:{variant_seed}")
    wording = choose_wording(rng, sample.kind)
    outline = build_outline(sample, wording, rng)
    workbook = WorkbookLayout(outline, rng).render()
    written = _written_at(sample)
    workbook.properties.creator = COUNCIL
    workbook.properties.lastModifiedBy = _last_editor(sample)
    workbook.properties.title = outline.title
    workbook.properties.created = written - timedelta(days=400)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps the wall-clock time.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _set_document_properties(document, sample: SampleForm, title: str) -> None:
    """Properties as a council template filled in by the author would have:
    created long ago by the council, last saved by the auditor or moderator."""
    properties = document.core_properties
    written = _written_at(sample)
    properties.author = COUNCIL
    properties.title = title
    properties.last_modified_by = _last_editor(sample)
    properties.created = written - timedelta(days=400)
    properties.modified = written
    properties.revision = 3 if sample.moderation else 2


def _written_at(sample: SampleForm) -> datetime:
    last = sample.moderation.date if sample.moderation else sample.date
    return datetime.combine(last, time(15, 30))


def _last_editor(sample: SampleForm) -> str:
    return sample.moderation.moderator if sample.moderation else sample.auditor
