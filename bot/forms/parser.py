"""Reading one attachment into a `ParsedForm`: the module's public entry.

    form = parse_bytes(data, "audit.docx", definitions)

Never raises for what a manager sends: a file that cannot be used comes back
with `ok=False` and `errors` that say, in plain words, what is wrong and what
to do; lesser problems are `warnings`. The steps: check the size, sniff the
bytes (checking a zip against the caps before anything is extracted), convert
an old .doc, read the document model, detect the kind, mark moderation by
colour, find the values, read them into fields, remove personal data, check
the required fields.

This runs in the calling process. The bot reads mail through
`isolation.parse_isolated`, which runs it in a worker process with a memory
and a time limit.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from . import convert
from .definitions import FormDefinitions, FormKind
from .detect import detect_kind
from .document import Document, Table, UnreadableForm
from .docx_reader import read_docx
from .extract import extract
from .fields import FieldReader
from .labels import Labels
from .model import GRADES, ParsedForm
from .moderation import find_moderation
from .package import FileLimits, size_problem
from .privacy import PersonalData, Redactor, named_beside_a_case, rare_names, safety_net
from .sniff import DOCX, MACROS_REFUSED, MACROS_WARNING, OLD_WORD, OLD_WORD_PROBLEM, sniff
from .text import JOB_WORDS, normalise
from .xlsx_reader import read_xlsx

logger = logging.getLogger(__name__)

UNEXPECTED = (
    "The bot could not read this form because of an unexpected problem. "
    "Please send it to the QA team, who will record it by hand."
)
EMPTY = "The form has no text in it. Please check you attached the completed form and send it again."
TOO_MUCH_MEMORY = (
    "The form needed more memory than any form should, so the bot stopped reading it. "
    "Please check it is the completed form, save it again and send it as a new attachment."
)
CONVERTED = (
    "This form was an old-style Word document (.doc); the bot converted it to read it. "
    "Please use the .docx template in future."
)
NOT_CONVERTED = (
    "This is an old-style Word document (.doc) and the bot could not convert it. "
    "Please open it in Word, choose File > Save As > Word Document (.docx) and send it again."
)


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


def parse_bytes(data: bytes, filename: str, definitions: FormDefinitions, limits: FileLimits | None = None,
                *, convert_old_word: bool = True) -> ParsedForm:
    """Parse one attachment under `limits` (the defaults when None). Never
    raises for bad input. With `convert_old_word` false an old .doc is
    answered with a request for a .docx instead of being converted here."""
    limits = FileLimits.from_config(limits)
    try:
        return _parse(data, filename, definitions, limits, convert_old_word)
    except MemoryError:
        # Only under the worker's memory limit, in practice: a crafted file.
        # The form is made below, once the exception has let go of the
        # half-read document it holds and there is memory again.
        pass
    except Exception:
        # A bug, not a bad form; the traceback is for the log, not the manager.
        # The file name is left out of the log: it may hold a child's name.
        logger.exception("Unexpected failure while parsing an attachment")
        form = ParsedForm(file=Redactor.blank().redact(filename) or filename)
        form.errors.append(UNEXPECTED)
        return form
    form = ParsedForm(file=Redactor.blank().redact(filename) or filename)
    form.errors.append(TOO_MUCH_MEMORY)
    return form


def old_word_as_docx(data: bytes, limits: FileLimits) -> bytes | str:
    """Given an unencrypted Word 97-2003 document, return it converted to a
    .docx, or the reason (for the sender) it was not."""
    if limits.old_word_documents != "convert" or convert.converter() is None:
        return OLD_WORD_PROBLEM
    converted = convert.doc_to_docx(
        data, timeout=limits.conversion_timeout_seconds, memory_mb=2 * limits.worker_memory_mb
    )
    if converted is None or not converted.startswith(b"PK"):
        return NOT_CONVERTED
    return converted


def _parse(data: bytes, filename: str, definitions: FormDefinitions, limits: FileLimits,
           convert_old_word: bool) -> ParsedForm:
    # The file name may carry personal data too; the form's own names are
    # removed from it once they are known (see _redact).
    form = ParsedForm(file=Redactor.blank().redact(filename) or filename)
    too_large = size_problem(len(data), limits)
    if too_large:
        form.errors.append(too_large)
        return form
    sniffed = sniff(data, limits)
    if sniffed.kind == OLD_WORD:
        converted = old_word_as_docx(data, limits) if convert_old_word else OLD_WORD_PROBLEM
        if isinstance(converted, str):
            form.errors.append(converted)
            return form
        data, sniffed = converted, sniff(converted, limits)
        form.warnings.append(CONVERTED)
    if sniffed.kind is None:
        form.errors.append(sniffed.problem or EMPTY)
        return form
    if sniffed.macros:
        if limits.macro_documents == "refuse":
            form.errors.append(MACROS_REFUSED)
            return form
        # The readers never run anything; the macros are read past and dropped.
        form.warnings.append(MACROS_WARNING)
    try:
        document = read_docx(data) if sniffed.kind == DOCX else read_xlsx(data, limits)
    except UnreadableForm as problem:
        form.errors.append(str(problem))
        return form
    if not any(paragraph.text.strip() for paragraph in document.paragraphs()):
        form.errors.append(EMPTY)
        return form
    detected = detect_kind(document, definitions)
    kind, read_so_far = detected.kind, form
    form, reader = _read_as(document, kind, definitions, read_so_far)
    if not detected.named:
        reread = _about_many_cases(document, form, definitions, read_so_far)
        if reread is not None:
            form, reader = reread
            kind = definitions.kind(form.form)
        elif not detected.recognised:
            form.warnings.insert(len(read_so_far.warnings), (
                f"The kind of form was not recognised from its title, so it was read as a {kind.title.lower()}. "
                "If it is another kind of form, please tell the QA team."))
    reader.personal.add(safety_net(_key_texts(document), (block for block in document.blocks if isinstance(block, Table))))
    # ("LCS8406522 / Mason Szymanski, Harley Szymanski" in a list of cases:
    # the children each case is about.)
    reader.personal.relatives.extend(named_beside_a_case(
        (cell.text for block in document.blocks if isinstance(block, Table) for row in block.rows for cell in row.filled()),
        definitions.case_id_pattern))
    redactor = Redactor(reader.personal)
    _redact(form, redactor)
    _redact_rare_names(form, definitions)
    _check_required(form, kind)
    form.ok = not form.errors
    return form


def _read_as(document: Document, kind: FormKind, definitions: FormDefinitions,
             read_so_far: ParsedForm) -> tuple[ParsedForm, FieldReader]:
    """The form read as `kind`, after what reading the file found
    (`read_so_far`: its name, a warning about an old .doc)."""
    form = ParsedForm(file=read_so_far.file, form=kind.name, warnings=list(read_so_far.warnings))
    return form, read_fields(document, kind, definitions, form)


def _about_many_cases(document: Document, form: ParsedForm, definitions: FormDefinitions,
                      read_so_far: ParsedForm) -> tuple[ParsedForm, FieldReader] | None:
    """A form no title names, taken for a kind about one child's case but
    giving no case ID, read again as a kind about a sample of cases (a
    thematic audit): that reading, when it finds two cases or more (listed
    or counted) and all its kind needs. "Single Agency Audit – Summary Return" with its
    "Agency" row and a table of six case references is a thematic audit
    (2018 framework, "Dip sample/Thematic audits"), not a multi-agency
    audit missing its case."""
    if form.case_id or not _needs_a_case(definitions.kind(form.form)):
        return None
    for other in definitions.kinds.values():
        if _needs_a_case(other) or not any(field.type == "case_ids" for field in other.fields.values()):
            continue
        reread, reader = _read_as(document, other, definitions, read_so_far)
        sample = [len(value) if isinstance(value, list) else value for name, value in reread.extra.items()
                  if name in other.fields and other.fields[name].type in ("case_ids", "number")]
        if any(isinstance(size, int) and size >= 2 for size in sample) and all(
                any(_present(reread, name) for name in alternatives) for alternatives in other.required):
            return reread, reader
    return None


def _needs_a_case(kind: FormKind) -> bool:
    return any("case_id" in alternatives for alternatives in kind.required)


def read_fields(document: Document, kind: FormKind, definitions: FormDefinitions, form: ParsedForm) -> FieldReader:
    """Fill `form` from `document` read as `kind`; return the reader, which
    holds the personal data found (for redaction)."""
    labels = Labels(kind, definitions)
    labels.grades.learn_key(_key_texts(document))
    moderation = find_moderation(document, labels)
    extraction = extract(document, labels)
    reader = FieldReader(form, labels)
    reader.read(extraction, moderation)
    reader.sample(document)
    reader.overview(document)
    reader.lead_by_role(document)
    reader.step_stated(document)
    _settle_urgent_concern(form, definitions)
    asked = _urgent_question(document) if "urgent_concern" in kind.fields and not reader.urgent_asked \
        and not form.urgent_concern else None
    if asked is not None:
        # A concern for a child's safety is acted on at once (2018 framework
        # 3.1): a question about one whose answer could not be read is asked
        # about, never taken for a No.
        form.warnings.append(f"The form asks \"{asked}\" but no answer to it was read, so no urgent concern is "
                             "recorded. If there is one, please tell the Head of Service today and reply to say so.")
    if kind.moderation == "judgement" and form.moderator_comments and form.moderated_grade is None:
        form.warnings.append("Moderator's comments were found but no moderated judgement; the auditor's grade stands.")
    return reader


def _key_texts(document: Document):
    """Where a form may print the key of a numbered grade scale: each body
    paragraph, and each table row read across."""
    for block in document.blocks:
        if isinstance(block, Table):
            for row in block.rows:
                yield " | ".join(cell.text for cell in row.filled())
        else:
            yield block.text


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
    """Remove personal data from every free-text field, and the file name.
    A staff box or the form's date that holds the child's or a relative's
    name or a date of birth was misread: it is emptied and the sender asked,
    never kept."""
    form.file = redactor.redact(form.file) or form.file
    for name in ("auditor", "practitioner"):
        if redactor.names_family(getattr(form, name)):
            setattr(form, name, None)
            form.warnings.append(f"The {_PEOPLE[name]} read from the form is the name of the child or a relative, "
                                 "so it was not kept. Please reply with the right name.")
    if redactor.is_birth(form.date):
        form.date = None
        form.warnings.append("The date read from the form is a date of birth, so it was not kept. "
                             "Please reply with the date of the audit.")
    _redact_answers(form, redactor)
    for name in ("team", "service"):
        setattr(form, name, redactor.redact(getattr(form, name)))
    for name in ("warnings", "errors"):
        setattr(form, name, [redactor.redact(item) for item in getattr(form, name)])
    for action in form.actions:
        action.owner = redactor.redact(action.owner)
    form.section_grades = {redactor.redact(name): grade for name, grade in form.section_grades.items()}
    form.extra = _redact_value(form.extra, redactor)


def _redact_answers(form: ParsedForm, redactor: Redactor) -> None:
    """Redact the free text the auditor and moderator wrote (the section
    comments, kept in `extra`, aside)."""
    form.urgent_concern_detail = redactor.redact(form.urgent_concern_detail)
    for name in ("strengths", "development_areas", "moderator_comments"):
        setattr(form, name, [redactor.redact(item) for item in getattr(form, name)])
    for action in form.actions:
        action.action = redactor.redact(action.action) or action.action


def _answers(form: ParsedForm) -> list[str]:
    """The free text the auditor wrote, the extra boxes' included ("Chantelle
    told the auditors …" in the family's voice)."""
    return [*form.strengths, *form.development_areas, *form.moderator_comments,
            *(action.action for action in form.actions), form.urgent_concern_detail or "",
            *(text for key, value in form.extra.items() if key not in _STAFF for text in _texts_in(value))]


def _texts_in(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts_in(item)]
    return []


# A name followed by a job title in capitals, in brackets or after a comma or a dash.
_NAMED_WITH_JOB = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s*(?:\(|,\s*|\s[-\u2013]\s*)"
                             rf"(?=[A-Z])(?:[A-Z][\w'\u2019-]*\s+){{0,3}}?(?i:{JOB_WORDS})")
# The extra boxes naming the staff who moderated, supervised or observed.
_STAFF = frozenset({"moderator", "supervisor", "observer"})


def _redact_rare_names(form: ParsedForm, definitions: FormDefinitions) -> None:
    """The last net: a name the form never gave in a box, found in the
    answers by being a word English does not use ("work with Bobbi"),
    becomes "[name]" in the answers. The staff the form names and the
    service's own words are kept."""
    staff = [form.auditor, form.practitioner, *(action.owner for action in form.actions),
             *(value for key, value in form.extra.items() if key in _STAFF and isinstance(value, str))]
    # (So is anyone the answers name with their job: "Moderated by Claire
    # Whitworth (Head of Service)", "Seen – Mark Ellison, Head of Service":
    # staff, never a child.)
    staff += [match.group("name") for text in _answers(form) for match in _NAMED_WITH_JOB.finditer(text)]
    keep = definitions.vocabulary | {word.casefold() for name in staff if name
                                     for word in re.findall(r"[A-Za-z'\u2019-]+", name)}
    names = rare_names(_answers(form), keep)
    if not names:
        return
    redactor = Redactor(PersonalData(relatives=names))
    _redact_answers(form, redactor)
    form.extra = {key: value if key in _STAFF else _redact_value(value, redactor) for key, value in form.extra.items()}


_PEOPLE = {"auditor": "auditor's name", "practitioner": "practitioner's name"}


def _redact_value(value, redactor: Redactor):
    if isinstance(value, str):
        # A grade is the bot's own word, never a name ("Requires Improvement
        # to be Good" after a "Copy to | Improvement and Assurance Board").
        return value if value in GRADES else redactor.redact(value)
    if isinstance(value, dict):
        return {redactor.redact(key): _redact_value(item, redactor) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact_value(item, redactor) for item in value]
    return value


def _check_required(form: ParsedForm, kind: FormKind) -> None:
    """2018 and 2025 frameworks: the tracker is kept by case number and
    judgement; each kind's required fields are in config/forms.yaml."""
    unsure = form.extra.get("unsure") or []
    for alternatives in kind.required:
        if form.extra.get("feedback_sought") is False and set(alternatives) & _FAMILYS_OWN_WORDS \
                and not any(_present(form, name) for name in set(alternatives) & _FAMILYS_OWN_WORDS):
            # "Did we speak to the family? No – they could not be reached":
            # their words cannot be asked for (2025 framework §3.1: family
            # feedback "should be obtained", which is not always possible).
            form.warnings.append(f"The form says the family were not spoken to, so it has no "
                                 f"{kind.fields[alternatives[0]].name}; it was recorded without it.")
            continue
        if not any(_present(form, name) for name in alternatives):
            question = _question_about(form, [name for name in alternatives if name in unsure])
            form.errors.append(question or kind.fields[alternatives[0]].missing_error())
    for alternatives in kind.expected:
        if not any(_present(form, name) for name in alternatives):
            field = kind.fields[alternatives[0]]
            form.warnings.append(field.missing_warning or f"No {field.name} found on the form.")


# A question about a risk to a child now: "Does anything need to happen
# today to keep a child safe?", "Any immediate safeguarding concerns?".
# (Never "Is the family's own safety and support network used?": an area's
# question, no risk now.)
_ASKS_ABOUT_SAFETY = re.compile(r"(?i)\b(?:urgent|immediate|immediately|significant harm|unsafe|not be safe|not safe"
                                r"|at risk)\b|\bsafe(?:ty)?\b.*\b(?:today|tonight|now)\b")


def _urgent_question(document: Document) -> str | None:
    """The form's question about an urgent concern for a child's safety, as
    printed (the first line ending "?" that names one), or None."""
    for text in _key_texts(document):
        for part in re.split(r"\s*\|\s*|\n", text):
            part = part.strip()
            if part.endswith("?") and len(part) <= 160 and _ASKS_ABOUT_SAFETY.search(part):
                return part
    return None


# What only the family can give: never asked for when they were not spoken to.
_FAMILYS_OWN_WORDS = frozenset({"family_view", "family_voice"})


def _question_about(form: ParsedForm, names: list[str]) -> str | None:
    """The warning that asks about a field the form contradicts itself on,
    moved to the errors when the field is required (the form waits for the
    sender's answer)."""
    for name in names:
        for warning in form.warnings:
            if warning.startswith("The form gives two different values for the ") and name in form.extra["unsure"]:
                form.warnings.remove(warning)
                return warning
    return None


def _present(form: ParsedForm, name: str) -> bool:
    value = form.extra.get(name) if name not in ParsedForm.__dataclass_fields__ else getattr(form, name)
    return value not in (None, "", [], {})
