"""Reading YAML settings files and checking them against a schema, with
every problem worded for the person who keeps the file: "At 'path': what is
wrong (and what to do)"."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.errors import ConfigError
from bot.staff import EMAIL_PATTERN


def read_yaml(path: Path) -> Any:
    """The parsed YAML file; `ConfigError` when it is missing or not YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            [f"At '{path}': the file does not exist. Point --config at the folder holding bot.yaml."],
            source="configuration",
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError([f"At '{path}': the file cannot be read ({error})."], source="configuration") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ConfigError(
            [f"At '{path}': this is not valid YAML{where}: {problem}."], source="configuration"
        ) from None


def check_against_schema(document: Any, schema_document: dict[str, Any]) -> list[str]:
    """Every way `document` breaks `schema_document`, as "At 'path': message"
    lines in document order, worded for a person rather than a validator."""
    validator = jsonschema.Draft202012Validator(
        schema_document, format_checker=email_format_checker()
    )
    errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
    return [f"At {describe_path(error.absolute_path)}: {describe_error(error)}" for error in errors]


def email_format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("email")
    def is_email(value: object) -> bool:
        return not isinstance(value, str) or bool(EMAIL_PATTERN.match(value))

    return checker


def describe_path(path: Any) -> str:
    parts = list(path)
    if not parts:
        return "the top level"
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"'{text}'"


def describe_error(error: jsonschema.ValidationError) -> str:
    """One validation error in plain words, with the schema's own help."""
    validator = error.validator
    value = error.instance
    if validator == "enum":
        choices = ", ".join(repr(choice) for choice in error.validator_value)
        return f"{value!r} is not one of {choices}"
    if validator == "required":
        missing = error.message.split("'")[1]
        help_text = key_help(error.schema.get("properties", {}).get(missing, {}))
        return f"'{missing}' is required{help_text}"
    if validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extras = [key for key in value if key not in allowed]
        words = []
        for key in extras:
            guess = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean '{guess[0]}'?)" if guess else f" (known keys: {', '.join(allowed)})"
            words.append(f"unknown key '{key}'{hint}")
        return "; ".join(words)
    if validator == "type":
        wanted = error.validator_value
        names = {"object": "a section of keys", "string": "text", "integer": "a whole number",
                 "boolean": "true or false", "array": "a list", "number": "a number"}
        expected = " or ".join(names.get(kind, kind) for kind in ([wanted] if isinstance(wanted, str) else wanted))
        return f"{value!r} should be {expected}"
    if validator == "format" and error.validator_value == "email":
        return f"{value!r} is not an email address"
    if validator == "minLength":
        return "must not be empty"
    if validator in ("minimum", "maximum"):
        bound = "at least" if validator == "minimum" else "at most"
        return f"{value!r} should be {bound} {error.validator_value}"
    return error.message


def key_help(key_schema: dict[str, Any]) -> str:
    description = key_schema.get("description", "").strip().rstrip(".")
    examples = key_schema.get("examples")
    help_text = f": {description[0].lower()}{description[1:]}" if description else ""
    if examples:
        help_text += f", for example {examples[0]!r}"
    return help_text
