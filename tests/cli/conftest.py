"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import cli


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A field office's database (ETH-ADD), set up through the command line."""
    path = tmp_path / "office.db"
    code, _, err = cli(capsys, path, "init", "--office", "ETH-ADD", "--office-name", "Addis Ababa", "--role", "field")
    assert code == 0, err
    return path
