"""Form definitions: `config/forms.yaml`, checked and ready to use.

The QA team teaches the bot a new form, a new label or a new spelling of a
grade by editing that file, not by a release. A bad edit is refused when the
bot starts, with every problem listed as "At 'path': what is wrong", in the
manner of the schema in `forms.schema.yaml` beside this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from ..errors import ConfigError
from .meaning import FILLER, Meaning
from .model import GRADES
from .text import normalise

SCHEMA_PATH = Path(__file__).with_name("forms.schema.yaml")
SOURCE = "form definitions (forms.yaml)"

# Personal data keys; their values are read only to be removed from free text.
PERSONAL = ("child_name", "family_names", "date_of_birth", "address")
_PERSONAL_TYPES = {"child_name": "note", "family_names": "note", "date_of_birth": "text", "address": "note"}
_EXCEL_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

# Four to twelve digits, with letters a system or service joins on in front
# ("C204518", "EH/20451"); config/forms.yaml says the same in words.
DEFAULT_CASE_ID_PATTERN = (
    r"(?<![A-Za-z0-9/-])(?P<id>(?:[A-Z]{1,4}[-/]?|(?!(?:LCS|ICS|EHM|LL|ID|NO|REF|CASE|FILE|RE|FWD?|URN|CRN|UPN|NHS|DOB|AGE|JAN|FEB|MAR"
    r"|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\s)[A-Z]{1,4}\s(?=[0-9]))?[0-9]{4,12})(?![0-9A-Za-z])"
)


@dataclass(frozen=True)
class FieldDefinition:
    """One field: its output key, its name in messages, how to read it."""

    key: str
    name: str
    type: str
    labels: tuple[str, ...]
    missing: str | None = None
    missing_warning: str | None = None

    @property
    def personal(self) -> bool:
        return self.key in PERSONAL

    @property
    def label(self) -> str:
        """The label a blank form prints: the kind's own first, else the
        shared field's first."""
        return self.labels[0] if self.labels else self.name

    def missing_error(self) -> str:
        return self.missing or f"No {self.name} found. Please add it to the form and send the form again."


# Field types whose value is short enough for one cell of a label | value table.
SHORT_TYPES = frozenset({"case_id", "case_ids", "text", "short_list", "number", "date", "dates"})
# Fields a blank form never asks for as a row of its own: the moderation box
# holds the moderator's, the urgent-concern question its detail.
MODERATION_FIELDS = ("moderator", "moderation_date", "moderator_comments", "moderated_grade")


@dataclass(frozen=True)
class BlankForm:
    """What the blank Word form of a kind asks for (`blank_form` in
    forms.yaml): `fields` in order, the `sections` its grade table lists,
    and the `guidance` printed under its title."""

    fields: tuple[str, ...]
    sections: tuple[str, ...] = ()
    guidance: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormKind:
    """A kind of form (`case_file_audit`, `observation`, ...).

    `required` and `expected` are tuples of alternatives: each entry is the
    fields any one of which satisfies it, e.g. (("case_id",), ("grade",
    "moderated_grade")). `fields` holds the shared fields with this kind's
    extra labels merged in, the kind's own fields (kept in `extra`), and the
    personal data fields.
    """

    name: str
    title: str
    sheet: str
    detect: tuple[str, ...]
    required: tuple[tuple[str, ...], ...]
    expected: tuple[tuple[str, ...], ...]
    moderation: str | None
    fields: Mapping[str, FieldDefinition]
    own_fields: frozenset[str] = frozenset()
    blank_form: BlankForm = BlankForm(())
    action_level: str = "case"  # "service": its actions are about the service, not one child's case
    moderates_cases: bool = False  # an overview: itself the moderation of the cases it lists
    moderated_by: str = "the Head of Service"  # who moderates it, as its blank form's moderation box says

    @property
    def moderated(self) -> bool:
        """True when coloured text on this kind is read as moderation."""
        return self.moderation is not None

    @cached_property
    def label_index(self) -> dict[str, str]:
        """Normalised label -> field key."""
        return {normalise(label): key for key, definition in self.fields.items() for label in definition.labels}

    def field_for_label(self, text: str) -> str | None:
        """The field whose label `text` is, or None."""
        return self.label_index.get(normalise(text)) if text else None


@dataclass(frozen=True)
class FormDefinitions:
    """Everything `config/forms.yaml` says, checked. `kinds` is ordered as in
    the file."""

    kinds: Mapping[str, FormKind]
    grades: Mapping[str, tuple[str, ...]]
    ticks: tuple[str, ...]
    yes_words: tuple[str, ...]
    no_words: tuple[str, ...]
    placeholders: tuple[str, ...]
    case_id_pattern: re.Pattern[str]
    default_kind: str
    section_headers: Mapping[str, tuple[str, ...]]
    action_headers: Mapping[str, tuple[str, ...]]
    sections: Mapping[str, tuple[str, ...]]
    template_colours: frozenset[str]
    ignore_phrases: tuple[str, ...]
    meaning: Meaning = Meaning({})
    not_names: tuple[str, ...] = ()

    def kind(self, name: str) -> FormKind:
        """The kind called `name`; raise KeyError naming the known kinds."""
        try:
            return self.kinds[name]
        except KeyError:
            raise KeyError(f"Unknown form kind {name!r}; known kinds: {', '.join(self.kinds)}") from None

    @cached_property
    def _section_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for canonical, synonyms in self.sections.items():
            for synonym in (canonical, *synonyms):
                index.setdefault(normalise(synonym), canonical)
        return index

    def canonical_section(self, name: str) -> str | None:
        """The configured section `name` stands for, or None."""
        return self._section_index.get(normalise(name))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word the configuration uses (labels, kinds' titles, section
        names, grades, table headers, meanings), folded: the service's own
        words, never taken for a person's name."""
        texts: list[str] = [*self.placeholders, *self.ignore_phrases, *self.yes_words, *self.no_words,
                            *self.not_names]
        for kind in self.kinds.values():
            texts += [kind.title, *kind.label_index]
        for names in (*self.grades.values(), *self.section_headers.values(), *self.action_headers.values()):
            texts += names
        for canonical, synonyms in self.sections.items():
            texts += [canonical, *synonyms]
        texts += [word for phrases in self.meaning.sets.values() for phrase in phrases for word in phrase]
        return frozenset(word.rstrip("*") for text in texts for word in normalise(text).split()) | FILLER

    @cached_property
    def placeholder_set(self) -> frozenset[str]:
        return frozenset(normalise(text) for text in self.placeholders)

    @cached_property
    def folded_action_headers(self) -> dict[str, frozenset[str]]:
        """Role ("action", "owner", "due") -> normalised header labels."""
        return {role: frozenset(normalise(text) for text in texts) for role, texts in self.action_headers.items()}

    @cached_property
    def folded_section_headers(self) -> dict[str, frozenset[str]]:
        """Role ("section", "grade", "comments") -> normalised header labels."""
        return {role: frozenset(normalise(text) for text in texts) for role, texts in self.section_headers.items()}

    @cached_property
    def detect_phrases(self) -> list[tuple[str, FormKind]]:
        """(normalised phrase, kind) for every kind's detect phrases."""
        return [(normalise(phrase), kind) for kind in self.kinds.values() for phrase in kind.detect]


def load_definitions(path: Path) -> FormDefinitions:
    """Read and check `path` (config/forms.yaml).

    Raise ConfigError listing every problem, each as "At 'path': ...", when
    the file is missing, is not YAML, breaks the schema or makes no sense
    (an invalid regular expression, a grade that is not an Ofsted judgement,
    a required field no kind defines).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError([f"At '{path}': the file cannot be read ({error.strerror or error})."], SOURCE) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere in the file"
        problem = getattr(error, "problem", None) or "the YAML cannot be read"
        raise ConfigError([f"At '{where}': {problem}."], SOURCE) from None
    return definitions_from_data(data)


def definitions_from_data(data: Any) -> FormDefinitions:
    """Check already-loaded YAML data and build the definitions (see
    `load_definitions`)."""
    problems = schema_problems(data)
    meaning: list[str] = []
    try:
        _meaning_problems(data, meaning)
    except (TypeError, KeyError, AttributeError, ValueError):
        # The structure is broken somewhere; the schema problems say where,
        # and the meaning problems found before that point still count.
        if not problems:
            raise
    problems.extend(problem for problem in meaning if problem not in problems)
    if problems:
        raise ConfigError(problems, SOURCE)
    return _build(data)


def _path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def schema_problems(data: Any) -> list[str]:
    """Every way `data` breaks the schema, as "At 'path': message"."""
    schema = yaml.safe_load(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda error: [str(part) for part in error.absolute_path]):
        message = error.message
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = sorted(error.schema.get("properties", {}))
            unknown = sorted(set(error.instance) - set(allowed))
            message = f"unknown key {', '.join(repr(key) for key in unknown)} (check the spelling"
            message += f"; allowed keys are {', '.join(allowed)})" if allowed else ")"
        problems.append(f"At '{_path(error.absolute_path)}': {message}")
    return problems


def _field_keys(data: Mapping[str, Any], kind: Mapping[str, Any]) -> set[str]:
    return set(data.get("fields", {})) | set(kind.get("fields") or {}) | set(PERSONAL)


def _meaning_problems(data: Mapping[str, Any], problems: list[str]) -> None:
    """Add to `problems` those the schema cannot see."""
    for grade in data["grades"]:
        if grade not in GRADES:
            problems.append(
                f"At 'grades.{grade}': {grade!r} is not an Ofsted judgement; "
                f"use one of {', '.join(GRADES)}."
            )
    for grade in GRADES:
        if grade not in data["grades"]:
            problems.append(f"At 'grades': the spellings of {grade!r} are missing.")
    seen_spellings: dict[str, str] = {}
    for grade, spellings in data["grades"].items():
        for index, spelling in enumerate(spellings):
            other = seen_spellings.setdefault(normalise(spelling), grade)
            if other != grade:
                problems.append(f"At 'grades.{grade}[{index}]': {spelling!r} is already a spelling of {other!r}.")
    pattern = data.get("case_id_pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as error:
            problems.append(f"At 'case_id_pattern': {pattern!r} is not a valid regular expression ({error}).")
    known = {*data["fields"], *PERSONAL, *(key for kind in data["kinds"].values() for key in (kind.get("fields") or {}))}
    for key in data.get("meanings") or {}:
        if key not in known:
            problems.append(f"At 'meanings.{key}': {key!r} is not a field of any kind of form.")
    kinds = data["kinds"]
    if data.get("default_kind") is not None and data["default_kind"] not in kinds:
        problems.append(f"At 'default_kind': {data['default_kind']!r} is not one of the kinds ({', '.join(kinds)}).")
    sheets: dict[str, str] = {}
    titles: dict[str, str] = {}
    for name, kind in kinds.items():
        # The blank form of each kind is a file named after its title.
        if titles.setdefault(normalise(kind["title"]), name) != name:
            problems.append(f"At 'kinds.{name}.title': {kind['title']!r} is already the title of {titles[normalise(kind['title'])]!r}.")
        sheet = kind["sheet"]
        if len(sheet) > 31 or _EXCEL_SHEET_FORBIDDEN.search(sheet):
            problems.append(
                f"At 'kinds.{name}.sheet': {sheet!r} cannot be an Excel sheet name "
                "(at most 31 characters, none of [ ] : * ? / \\)."
            )
        if sheets.setdefault(sheet, name) != name:
            problems.append(f"At 'kinds.{name}.sheet': {sheet!r} is already the sheet of {sheets[sheet]!r}.")
        known = _field_keys(data, kind)
        for key in ("required", "expected"):
            for index, entry in enumerate(kind.get(key) or []):
                for alternative in [entry] if isinstance(entry, str) else entry:
                    if alternative not in known:
                        problems.append(f"At 'kinds.{name}.{key}[{index}]': {alternative!r} is not a field of this kind.")
        for field_key in kind.get("missing") or {}:
            if field_key not in data.get("fields", {}):
                problems.append(f"At 'kinds.{name}.missing.{field_key}': {field_key!r} is not one of the shared fields; "
                                "give a field of this kind its sentence under 'fields' instead.")
        for field_key in kind.get("labels") or {}:
            if field_key not in data.get("fields", {}):
                problems.append(f"At 'kinds.{name}.labels.{field_key}': {field_key!r} is not one of the shared fields.")
        for own in kind.get("fields") or {}:
            if own in data.get("fields", {}) or own in PERSONAL:
                problems.append(f"At 'kinds.{name}.fields.{own}': {own!r} is already a shared field; add labels under 'labels' instead.")
        for index, field_key in enumerate((kind.get("blank_form") or {}).get("fields") or []):
            where = f"At 'kinds.{name}.blank_form.fields[{index}]'"
            if field_key in PERSONAL:
                problems.append(f"{where}: {field_key!r} is personal data, which a blank form never asks for.")
            elif field_key in MODERATION_FIELDS or field_key == "urgent_concern_detail":
                problems.append(f"{where}: {field_key!r} is part of the moderation box or the urgent-concern question; leave it out.")
            elif field_key not in known:
                problems.append(f"{where}: {field_key!r} is not a field of this kind.")
        problems.extend(_duplicate_labels(_kind_label_sources(name, kind)))
    problems.extend(_duplicate_labels(_shared_label_sources(data)))


def _shared_label_sources(data: Mapping[str, Any]):
    """(path, field, label) for the labels every kind shares."""
    for key, definition in data.get("fields", {}).items():
        for index, label in enumerate(definition["labels"]):
            yield f"fields.{key}.labels[{index}]", key, label
    for key, labels in (data.get("personal_data") or {}).items():
        for index, label in enumerate(labels):
            yield f"personal_data.{key}[{index}]", key, label


def _kind_label_sources(name: str, kind: Mapping[str, Any]):
    """(path, field, label) for the labels one kind adds."""
    for key, labels in (kind.get("labels") or {}).items():
        for index, label in enumerate(labels):
            yield f"kinds.{name}.labels.{key}[{index}]", key, label
    for key, definition in (kind.get("fields") or {}).items():
        for index, label in enumerate(definition["labels"]):
            yield f"kinds.{name}.fields.{key}.labels[{index}]", key, label


def _duplicate_labels(sources) -> list[str]:
    """A label may name one field only; a kind's own labels may take over a
    shared label, so they are checked apart from the shared ones."""
    problems = []
    owner: dict[str, str] = {}
    for path, key, label in sources:
        folded = normalise(label)
        if not folded:
            problems.append(f"At '{path}': {label!r} has no letters or digits to match.")
            continue
        first = owner.setdefault(folded, key)
        if first != key:
            problems.append(f"At '{path}': {label!r} is already a label of {first!r}.")
    return problems


def _field(key: str, raw: Mapping[str, Any], extra_labels: Iterable[str] = ()) -> FieldDefinition:
    # A kind's own labels come first: its blank form prints the first one
    # ("Supervisee" on a supervision audit, not "Practitioner").
    return FieldDefinition(
        key=key,
        name=raw.get("name") or key.replace("_", " "),
        type=raw["type"],
        labels=tuple(dict.fromkeys((*extra_labels, *raw["labels"]))),
        missing=raw.get("missing"),
        missing_warning=raw.get("missing_warning"),
    )


def _alternatives(entries: Iterable[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple((entry,) if isinstance(entry, str) else tuple(entry) for entry in entries)


def _blank_form(raw: Mapping[str, Any], required, expected, own: Iterable[str]) -> BlankForm:
    """The kind's `blank_form`, or by default its required and expected
    fields, its own fields, then strengths, areas for development and actions."""
    fields = raw.get("fields")
    if not fields:
        named = [key for alternatives in (*required, *expected) for key in alternatives]
        fields = [*named, *own, "strengths", "development_areas", "actions"]
        fields = [key for key in fields if key not in PERSONAL and key not in MODERATION_FIELDS]
    return BlankForm(
        fields=tuple(dict.fromkeys(fields)),
        sections=tuple(raw.get("sections") or ()),
        guidance=tuple(raw.get("guidance") or ()),
    )


def _build(data: Mapping[str, Any]) -> FormDefinitions:
    personal = data.get("personal_data") or {}
    kinds: dict[str, FormKind] = {}
    for name, raw in data["kinds"].items():
        extra_labels = raw.get("labels") or {}
        own = raw.get("fields") or {}
        # A kind's own labels take over the same label on a shared field.
        claimed = {normalise(label): key for _, key, label in _kind_label_sources(name, raw)}

        def unclaimed(key: str, labels: Iterable[str], claimed: dict[str, str] = claimed) -> tuple[str, ...]:
            return tuple(label for label in labels if claimed.get(normalise(label), key) == key)

        missing = raw.get("missing") or {}
        fields = {
            key: _field(
                key,
                {**definition, "labels": unclaimed(key, definition["labels"]), "missing": missing.get(key, definition.get("missing"))},
                extra_labels.get(key, ()),
            )
            for key, definition in data["fields"].items()
        }
        fields.update({key: _field(key, definition) for key, definition in own.items()})
        for key in PERSONAL:
            fields[key] = FieldDefinition(key, key.replace("_", " "), _PERSONAL_TYPES[key], unclaimed(key, personal.get(key, ())))
        required = _alternatives(raw.get("required") or ())
        expected = _alternatives(raw.get("expected") or ())
        kinds[name] = FormKind(
            name=name,
            title=raw["title"],
            sheet=raw["sheet"],
            detect=tuple(raw.get("detect") or ()),
            required=required,
            expected=expected,
            moderation=raw.get("moderation"),
            fields=fields,
            own_fields=frozenset(own),
            blank_form=_blank_form(raw.get("blank_form") or {}, required, expected, own),
            action_level=raw.get("action_level") or "case",
            moderates_cases=bool(raw.get("moderates_cases")),
            moderated_by=raw.get("moderated_by") or "the Head of Service",
        )
    answers = data.get("answers") or {}
    moderation = data.get("moderation") or {}
    return FormDefinitions(
        kinds=kinds,
        grades={grade: tuple(data["grades"][grade]) for grade in GRADES},
        ticks=tuple(data.get("ticks") or ()),
        yes_words=tuple(answers.get("yes") or ("yes",)),
        no_words=tuple(answers.get("no") or ("no",)),
        placeholders=tuple(data.get("placeholders") or ()),
        case_id_pattern=re.compile(data.get("case_id_pattern") or DEFAULT_CASE_ID_PATTERN),
        default_kind=data.get("default_kind") or next(iter(kinds)),
        section_headers={key: tuple(value) for key, value in (data.get("section_tables") or {}).items()},
        action_headers={key: tuple(value) for key, value in (data.get("action_tables") or {}).items()},
        sections={key: tuple(value) for key, value in (data.get("sections") or {}).items()},
        template_colours=frozenset(colour.upper() for colour in moderation.get("template_colours") or ()),
        ignore_phrases=tuple(moderation.get("ignore_phrases") or ()),
        meaning=Meaning.from_config(data.get("meanings") or {}),
        not_names=tuple(data.get("not_names") or ()),
    )
