"""Counts said in the singular when there is one: "1 field conflict", "1 problem found"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import cli
from tests.conftest import sample_activity


def test_import_says_one_field_conflict(capsys: pytest.CaptureFixture[str], make_services, tmp_path: Path) -> None:
    field = make_services("ETH-ADD", name="field.db")
    coord = make_services("KP-SEC", "coordinator", name="coord.db")
    activity = field.activities.add(sample_activity())
    field.sync.export_package(tmp_path / "p1.xlsx")
    assert coord.sync.import_packages([tmp_path / "p1.xlsx"])[0].ok
    field.activities.edit(activity.id, {"place": "Bahir Dar"})
    coord.activities.edit(activity.id, {"place": "Humera"})
    field.sync.export_package(tmp_path / "p2.xlsx")
    code, out, err = cli(capsys, tmp_path / "coord.db", "import", str(tmp_path / "p2.xlsx"))
    assert code == 0, err
    assert "  1 field conflict: see 'cairo-desktop conflicts list'." in out.splitlines(), out


def test_check_says_one_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    assert cli(capsys, db, "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field")[0] == 0
    assert cli(capsys, db, "activity", "add", "--title", "Original", "--action", "1.1")[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE revisions SET content = replace(content, 'Original', 'Forged')")
    code, out, _ = cli(capsys, db, "check")
    assert code == 1
    assert out.splitlines()[-1].startswith("1 problem found."), out
