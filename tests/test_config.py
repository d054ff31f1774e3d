from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_for(config_dir: Path, data_dir: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, data_dir)
    return caught.value.problems


def test_the_shipped_configuration_loads_with_defaults_filled_in(settings, data_dir):
    assert settings.mailbox.backend == "maildir"
    assert settings.mailbox.maildir == data_dir / "mailbox"
    assert settings.tracker_file == data_dir / "tracker" / "qa-tracker.xlsx"
    assert settings.re_audit_months == 3
    assert len(settings.staff) > 10
    assert list(settings.forms.kinds)[:2] == ["case_file_audit", "observation"]


def test_a_misspelt_backend_is_named_with_the_choices(config_dir, data_dir):
    edit(config_dir / "bot.yaml", "backend: maildir", "backend: imapp")
    assert problems_for(config_dir, data_dir) == [
        "At 'mailbox.backend': 'imapp' is not one of 'maildir', 'imap', 'graph'"
    ]


def test_every_problem_is_listed_at_once_with_its_path(config_dir, data_dir):
    bot_yaml = config_dir / "bot.yaml"
    edit(bot_yaml, "backend: maildir", "backend: imapp")
    edit(bot_yaml, "  email: qa-team@northmoor.example.gov.uk", "  emial: qa-team@northmoor.example.gov.uk")
    edit(bot_yaml, "re_audit_months: 3", "re_audit_months: three")
    edit(bot_yaml, "address: cscaudits@northmoor.example.gov.uk", "address: cscaudits")
    problems = problems_for(config_dir, data_dir)
    assert "At 'mailbox.backend': 'imapp' is not one of 'maildir', 'imap', 'graph'" in problems
    assert "At 'mailbox.address': 'cscaudits' is not an email address" in problems
    assert any(problem.startswith("At 'qa_team': unknown key 'emial' (did you mean 'email'?)")
               for problem in problems)
    assert any(problem.startswith("At 'qa_team': 'email' is required") for problem in problems)
    assert "At 'tracker.re_audit_months': 'three' should be a whole number" in problems
    assert len(problems) == 5


def test_a_backend_section_missing_a_required_key_is_refused_plainly(config_dir, data_dir):
    edit(config_dir / "bot.yaml", "  display_name: CSC Audits\n",
         "  display_name: CSC Audits\n  imap:\n    host: outlook.office365.com\n")
    [problem] = problems_for(config_dir, data_dir)
    assert problem.startswith("At 'mailbox.imap': 'username' is required")


def test_yaml_that_does_not_parse_names_the_line(config_dir, data_dir):
    (config_dir / "bot.yaml").write_text("organisation:\n  name: [unclosed\n", encoding="utf-8")
    [problem] = problems_for(config_dir, data_dir)
    assert "not valid YAML at line" in problem


def test_staff_list_problems_are_listed_with_the_bot_yaml_ones(config_dir, data_dir):
    staff = config_dir / "staff.csv"
    edit(staff, "Joanne Fletcher,joanne.fletcher@northmoor.example.gov.uk,practice_manager",
         "Joanne Fletcher,joanne.fletcher@northmoor.example.gov.uk,manager")
    edit(staff, "Jane Smith,jane.smith@northmoor.example.gov.uk,practice_manager,Assessment Team 2,"
         "Assessment and Child Protection,claire.whitworth@northmoor.example.gov.uk",
         "Jane Smith,jane.smith@northmoor.example.gov.uk,practice_manager,Assessment Team 2,"
         "Assessment and Child Protection,claire.whitworth@nowhere.example")
    problems = problems_for(config_dir, data_dir)
    assert any("'role': 'manager' is not one of practitioner" in problem for problem in problems)
    assert any("'reports_to': claire.whitworth@nowhere.example is not on the staff list" in problem
               for problem in problems)


def test_a_bad_configuration_stops_the_command_line_without_a_traceback(config_dir, tmp_path):
    edit(config_dir / "bot.yaml", "backend: maildir", "backend: imapp")
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config_dir),
         "--data-dir", str(tmp_path / "var"), "once"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "At 'mailbox.backend': 'imapp' is not one of 'maildir', 'imap', 'graph'" in result.stderr
