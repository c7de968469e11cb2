"""Shared helpers of the command-line tests: running a command in-process, and a coordinator to run it on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from cairo_desktop.cli.main import run
from tests.conftest import sample_activity


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    """Run ``cairo-desktop --db DB ARGS...`` in this process: exit code, standard output, standard error."""
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def activity_count(capsys: pytest.CaptureFixture[str], db: Path) -> int:
    """How many activities ``activity list`` prints (as JSON)."""
    code, out, _ = cli(capsys, db, "activity", "list", "--format", "json")
    assert code == 0
    return len(json.loads(out))


def coordinator_with_an_office_package(make_services: Callable, tmp_path: Path) -> Path:  # type: ignore[type-arg]
    """``coord.db``: a coordinator that imported one package from ETH-ADD (so it trusts ETH-ADD's key)."""
    field = make_services("ETH-ADD", name="field.db")
    coord = make_services("KP-SEC", "coordinator", name="coord.db")
    field.activities.add(sample_activity())
    field.sync.export_package(tmp_path / "p.xlsx")
    assert coord.sync.import_packages([tmp_path / "p.xlsx"])[0].ok
    return tmp_path / "coord.db"
