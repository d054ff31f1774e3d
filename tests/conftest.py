"""Shared fixtures: a copy of the shipped configuration and an empty data
directory per test, so tests never touch the working tree's ./var."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "config"
    shutil.copytree(ROOT / "config", target)
    return target


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    target = tmp_path / "var"
    target.mkdir()
    return target


@pytest.fixture
def settings(config_dir: Path, data_dir: Path):
    from bot.config import load_settings

    return load_settings(config_dir, data_dir)


@pytest.fixture(params=["maildir", "imap", "graph"])
def harness(request, tmp_path: Path):
    """Each mailbox backend in turn, against a real server (see
    mailbox_harness.py); a backend whose harness is not written yet is
    skipped, saying why."""
    from mailbox_harness import harness_factory

    try:
        factory = harness_factory(request.param)
    except ModuleNotFoundError as error:
        pytest.skip(f"no {request.param} harness: {error}")
    with factory(tmp_path) as running:
        yield running
