"""Reading one attachment into a `ParsedForm`: the module's public entry.

    form = parse_bytes(data, "audit.docx", definitions)

Never raises for what a manager sends: a file that cannot be used comes back
with `ok=False` and `errors` that say, in plain words, what is wrong and what
to do; lesser problems are `warnings`. The steps: sniff the bytes, read the
document model, detect the kind, mark moderation by colour, find the values,
read them into fields, remove personal data, check the required fields.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .definitions import FormDefinitions, FormKind
from .detect import detect_kind
from .document import Document, UnreadableForm
from .docx_reader import read_docx
from .extract import extract
from .fields import FieldReader
from .labels import Labels
from .model import ParsedForm
from .moderation import find_moderation
from .privacy import Redactor
from .sniff import DOCX, sniff
from .text import normalise
from .xlsx_reader import read_xlsx

logger = logging.getLogger(__name__)

UNEXPECTED = (
    "The bot could not read this form because of an unexpected problem. "
    "Please send it to the QA team, who will record it by hand."
)
EMPTY = "The form has no text in it. Please check you attached the completed form and send it again."


def parse_file(path: Path, definitions: FormDefinitions) -> ParsedForm:
    """Parse the form at `path` (see `parse_bytes`)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        form = ParsedForm(file=path.name)
        form.errors.append("The file could not be opened. Please send it again.")
        return form
    return parse_bytes(data, path.name, definitions)


def parse_bytes(data: bytes, filename: str, definitions: FormDefinitions) -> ParsedForm:
    """Parse one attachment. Never raises for bad input."""
    try:
        return _parse(data, filename, definitions)
    except Exception:
        # A bug, not a bad form; the traceback is for the log, not the manager.
        # The file name is left out of the log: it may hold a child's name.
        logger.exception("Unexpected failure while parsing an attachment")
        form = ParsedForm(file=Redactor.blank().redact(filename) or filename)
        form.errors.append(UNEXPECTED)
        return form


def _parse(data: bytes, filename: str, definitions: FormDefinitions) -> ParsedForm:
    # The file name may carry personal data too; the form's own names are
    # removed from it once they are known (see _redact).
    form = ParsedForm(file=Redactor.blank().redact(filename) or filename)
    sniffed = sniff(data)
    if sniffed.kind is None:
        form.errors.append(sniffed.problem or EMPTY)
        return form
    try:
        document = read_docx(data) if sniffed.kind == DOCX else read_xlsx(data)
    except UnreadableForm as problem:
        form.errors.append(str(problem))
        return form
    if not any(paragraph.text.strip() for paragraph in document.paragraphs()):
        form.errors.append(EMPTY)
        return form
    kind, recognised = detect_kind(document, definitions)
    form.form = kind.name
    if not recognised:
        form.warnings.append(
            f"The kind of form was not recognised from its title, so it was read as a {kind.title.lower()}. "
            "If it is another kind of form, please tell the QA team."
        )
    reader = read_fields(document, kind, definitions, form)
    redactor = Redactor(reader.personal)
    _redact(form, redactor)
    _check_required(form, kind)
    form.ok = not form.errors
    return form


def read_fields(document: Document, kind: FormKind, definitions: FormDefinitions, form: ParsedForm) -> FieldReader:
    """Fill `form` from `document` read as `kind`; return the reader, which
    holds the personal data found (for redaction)."""
    labels = Labels(kind, definitions)
    moderation = find_moderation(document, labels)
    extraction = extract(document, labels)
    reader = FieldReader(form, labels)
    reader.read(extraction, moderation)
    _settle_urgent_concern(form, definitions)
    if kind.moderation == "judgement" and form.moderator_comments and form.moderated_grade is None:
        form.warnings.append("Moderator's comments were found but no moderated judgement; the auditor's grade stands.")
    return reader


def _settle_urgent_concern(form: ParsedForm, definitions: FormDefinitions) -> None:
    """Details of a concern written under a "No" are still a concern.

    2018 framework: "any urgent concerns found for the child's safety and
    welfare are raised immediately"; a false alarm costs less than a missed
    concern.
    """
    detail = form.urgent_concern_detail
    if not detail:
        return
    folded = normalise(detail)
    if not folded or folded in {normalise(word) for word in definitions.no_words}:
        form.urgent_concern_detail = None
        return
    if not form.urgent_concern:
        form.urgent_concern = True
        form.warnings.append(
            "Details of an urgent concern were written on the form, so it was treated as an urgent concern. "
            "Please check the form."
        )


def _redact(form: ParsedForm, redactor: Redactor) -> None:
    """Remove personal data from every free-text field, and the file name."""
    form.file = redactor.redact(form.file) or form.file
    for name in ("team", "service", "urgent_concern_detail"):
        setattr(form, name, redactor.redact(getattr(form, name)))
    for name in ("strengths", "development_areas", "moderator_comments", "warnings"):
        setattr(form, name, [redactor.redact(item) for item in getattr(form, name)])
    for action in form.actions:
        action.action = redactor.redact(action.action) or action.action
        action.owner = redactor.redact(action.owner)
    form.section_grades = {redactor.redact(name): grade for name, grade in form.section_grades.items()}
    form.extra = _redact_value(form.extra, redactor)


def _redact_value(value, redactor: Redactor):
    if isinstance(value, str):
        return redactor.redact(value)
    if isinstance(value, dict):
        return {redactor.redact(key): _redact_value(item, redactor) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact_value(item, redactor) for item in value]
    return value


def _check_required(form: ParsedForm, kind: FormKind) -> None:
    """2018 and 2025 frameworks: the tracker is kept by case number and
    judgement; each kind's required fields are in config/forms.yaml."""
    for alternatives in kind.required:
        if not any(_present(form, name) for name in alternatives):
            form.errors.append(kind.fields[alternatives[0]].missing_error())
    for alternatives in kind.expected:
        if not any(_present(form, name) for name in alternatives):
            field = kind.fields[alternatives[0]]
            form.warnings.append(field.missing_warning or f"No {field.name} found on the form.")


def _present(form: ParsedForm, name: str) -> bool:
    value = form.extra.get(name) if name not in ParsedForm.__dataclass_fields__ else getattr(form, name)
    return value not in (None, "", [], {})
