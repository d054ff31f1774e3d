"""Loading and checking the configuration directory.

    settings = load_settings(Path("config"), Path("var"))

reads `bot.yaml`, the staff list and the form definitions, checks each
against its rules and raises one `ConfigError` listing every problem found
in all of them, each as "At 'path': what is wrong", so whoever keeps the
configuration can fix everything in one go.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.errors import ConfigError
from bot.forms import FormDefinitions, load_definitions
from bot.staff import EMAIL_PATTERN, StaffDirectory, load_staff

# Backends named in the schema whose adapters this release does not include.
UNAVAILABLE_BACKENDS = {
    "imap": "the IMAP mailbox is not available in this release; use 'maildir'",
    "graph": "the Microsoft 365 mailbox is not available in this release; use 'maildir'",
}


@dataclass(frozen=True)
class MailboxSettings:
    backend: str
    address: str
    display_name: str
    maildir: Path
    outbox: Path


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to run, checked and with defaults filled in."""

    config_dir: Path
    data_dir: Path
    organisation: str
    department: str
    mailbox: MailboxSettings
    qa_team_name: str
    qa_team_email: str
    staff: StaffDirectory
    staff_file: Path
    forms: FormDefinitions
    alert_copy_qa_team: bool
    inadequate_to_assistant_director: bool
    send_receipts: bool
    tracker_file: Path
    re_audit_months: int
    log_level: str
    log_file: Path

    @property
    def state_db(self) -> Path:
        return self.data_dir / "state.db"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("bot").joinpath("config_schema.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def load_settings(config_dir: Path, data_dir: Path) -> Settings:
    """Given the configuration and data directories, return the checked
    settings; raise `ConfigError` listing every problem in bot.yaml, the staff
    list and the form definitions when any is found."""
    config_dir = Path(config_dir)
    data_dir = Path(data_dir)
    bot_file = config_dir / "bot.yaml"
    raw = read_yaml(bot_file)
    problems = check_against_schema(raw, schema())
    if problems:
        raise ConfigError(problems, source=f"configuration ({bot_file})")
    problems = []

    mailbox = raw["mailbox"]
    if mailbox["backend"] in UNAVAILABLE_BACKENDS:
        problems.append(f"At 'mailbox.backend': {UNAVAILABLE_BACKENDS[mailbox['backend']]}")

    staff_file = config_dir / raw.get("staff", {}).get("file", "staff.csv")
    forms_file = config_dir / raw.get("forms", {}).get("file", "forms.yaml")
    staff = forms = None
    try:
        staff = load_staff(staff_file)
    except ConfigError as error:
        problems.extend(error.problems)
    try:
        forms = load_definitions(forms_file)
    except ConfigError as error:
        problems.extend(f"In {forms_file}: {problem}" for problem in error.problems)
    if problems:
        raise ConfigError(problems, source=f"configuration ({config_dir})")

    maildir = mailbox.get("maildir", {})
    tracker = raw.get("tracker", {})
    logging_settings = raw.get("logging", {})
    alerts = raw.get("alerts", {})
    return Settings(
        config_dir=config_dir,
        data_dir=data_dir,
        organisation=raw["organisation"]["name"],
        department=raw["organisation"].get("department", "Children's Services"),
        mailbox=MailboxSettings(
            backend=mailbox["backend"],
            address=mailbox["address"].lower(),
            display_name=mailbox.get("display_name", "CSC Audits"),
            maildir=under(data_dir, maildir.get("path", "mailbox")),
            outbox=under(data_dir, maildir.get("outbox", "outbox")),
        ),
        qa_team_name=raw["qa_team"].get("name", "Quality Assurance Team"),
        qa_team_email=raw["qa_team"]["email"].lower(),
        staff=staff,
        staff_file=staff_file,
        forms=forms,
        alert_copy_qa_team=alerts.get("copy_qa_team", True),
        inadequate_to_assistant_director=alerts.get("inadequate_to_assistant_director", False),
        send_receipts=raw.get("replies", {}).get("receipts", True),
        tracker_file=under(data_dir, tracker.get("file", "tracker/qa-tracker.xlsx")),
        re_audit_months=tracker.get("re_audit_months", 3),
        log_level=logging_settings.get("level", "INFO"),
        log_file=under(data_dir, logging_settings.get("file", "logs/qa-bot.log")),
    )


def under(base: Path, path: str) -> Path:
    """`path` taken relative to `base` unless it is absolute."""
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else base / candidate


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
