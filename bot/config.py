"""Loading and checking the configuration directory.

    settings = load_settings(Path("config"), Path("var"))

reads `bot.yaml`, the staff list and the form definitions, checks each
against its rules and raises one `ConfigError` listing every problem found
in all of them, each as "At 'path': what is wrong", so whoever keeps the
configuration can fix everything in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError
from bot.forms import FormDefinitions, load_definitions
from bot.reports.themes import load_themes
from bot.schedule import Schedule, load_schedule
from bot.staff import StaffDirectory, load_staff
from bot.validation import check_against_schema, read_yaml

DEFAULT_REPORT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "reports"

@dataclass(frozen=True)
class MailboxSettings:
    backend: str
    address: str
    display_name: str
    maildir: Path
    outbox: Path
    # The 'imap', 'smtp' and 'graph' sections as checked by the schema; each
    # adapter fills in its own defaults.
    imap: dict = field(default_factory=dict)
    smtp: dict = field(default_factory=dict)
    graph: dict = field(default_factory=dict)


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
    schedule: Schedule
    alert_copy_qa_team: bool
    inadequate_to_assistant_director: bool
    send_receipts: bool
    tracker_file: Path
    re_audit_months: int
    log_level: str
    log_file: Path
    poll_seconds: int
    reminders_at: str
    themes: tuple
    report_templates: Path
    report_logo: Path | None
    report_pdf: bool
    distribution: dict[str, list[str]]
    publishing: dict = field(default_factory=dict)
    intake: dict = field(default_factory=dict)
    # intake.files with every default filled in (see bot.forms.package.FileLimits)
    file_limits: dict = field(default_factory=lambda: file_limit_defaults())
    themes_file: Path | None = None

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
    daemon = raw.get("daemon", {})
    reminders_at = daemon.get("reminders_at", "08:30")
    if reminders_at[:2] in ("01", "02"):
        # Around the clock changes 01:00-02:59 happens twice or not at all.
        problems.append(f"At 'daemon.reminders_at': {reminders_at!r} falls between 01:00 and 02:59, "
                        "which the clock changes skip or repeat; choose another time")
    problems.extend(backend_problems(mailbox, config_dir))

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
    reports = raw.get("reports", {})
    themes_file = config_dir / reports.get("themes", "themes.yaml")
    themes = ()
    try:
        themes = load_themes(themes_file)
    except ConfigError as error:
        problems.extend(error.problems)
    logo = config_dir / reports["logo"] if reports.get("logo") else None
    if logo is not None and not logo.exists():
        problems.append(f"At 'reports.logo': {logo} does not exist")
    templates = under(config_dir, reports["templates"]) if reports.get("templates") else DEFAULT_REPORT_TEMPLATES
    if not templates.is_dir():
        problems.append(f"At 'reports.templates': {templates} is not a folder")
    schedule = None
    if forms is not None:
        try:
            schedule = load_schedule(config_dir, set(forms.kinds))
        except ConfigError as error:
            problems.extend(error.problems)
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
            imap=dict(mailbox.get("imap", {})),
            smtp=dict(mailbox.get("smtp", {})),
            graph=dict(mailbox.get("graph", {})),
        ),
        qa_team_name=raw["qa_team"].get("name", "Quality Assurance Team"),
        qa_team_email=raw["qa_team"]["email"].lower(),
        staff=staff,
        staff_file=staff_file,
        forms=forms,
        schedule=schedule,
        alert_copy_qa_team=alerts.get("copy_qa_team", True),
        inadequate_to_assistant_director=alerts.get("inadequate_to_assistant_director", False),
        send_receipts=raw.get("replies", {}).get("receipts", True),
        tracker_file=under(data_dir, tracker.get("file", "tracker/qa-tracker.xlsx")),
        re_audit_months=tracker.get("re_audit_months", 3),
        log_level=logging_settings.get("level", "INFO"),
        log_file=under(data_dir, logging_settings.get("file", "logs/qa-bot.log")),
        poll_seconds=daemon.get("poll_seconds", 60),
        reminders_at=reminders_at,
        themes=themes,
        themes_file=themes_file,
        report_templates=templates,
        report_logo=logo,
        report_pdf=reports.get("pdf", "auto") == "auto",
        distribution={kind: [address.lower() for address in addresses]
                      for kind, addresses in reports.get("distribution", {}).items()},
        publishing=dict(raw.get("publishing", {})),
        intake=dict(raw.get("intake", {})),
        file_limits={**file_limit_defaults(), **raw.get("intake", {}).get("files", {})},
    )


def file_limit_defaults() -> dict[str, Any]:
    """The defaults of `intake.files`, as the schema states them."""
    keys = schema()["properties"]["intake"]["properties"]["files"]["properties"]
    return {name: key["default"] for name, key in keys.items()}


def backend_problems(mailbox: dict, config_dir: Path) -> list[str]:
    """What the chosen backend needs beyond the schema's shape."""
    backend = mailbox["backend"]
    problems = []
    if backend == "imap":
        if "imap" not in mailbox:
            problems.append("At 'mailbox': the 'imap' backend needs an 'imap' section (host, username)")
        if "smtp" not in mailbox:
            problems.append("At 'mailbox': the 'imap' backend needs an 'smtp' section (host) to send mail")
    if backend == "graph":
        graph = mailbox.get("graph", {})
        auth = graph.get("auth", "certificate")
        if auth != "token":
            problems += [f"At 'mailbox.graph': '{key}' is required to sign in with a {auth}"
                         for key in ("tenant_id", "client_id") if not graph.get(key)]
        if auth == "certificate":
            if not graph.get("certificate_file"):
                problems.append("At 'mailbox.graph': 'certificate_file' is required to sign in with a certificate")
            elif not under(config_dir, graph["certificate_file"]).exists():
                problems.append(f"At 'mailbox.graph.certificate_file': "
                                f"{under(config_dir, graph['certificate_file'])} does not exist")
    return problems


def under(base: Path, path: str) -> Path:
    """`path` taken relative to `base` unless it is absolute."""
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else base / candidate
