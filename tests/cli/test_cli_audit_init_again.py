"""``init`` run again to correct the office's name or role keeps the country it was given before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import cli


def _country(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return str(connection.execute("SELECT country FROM installation").fetchone()[0])


def test_init_again_without_country_keeps_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    base = ("init", "--office", "ETH-ADD", "--role", "field")
    assert cli(capsys, db, *base, "--office-name", "Addis", "--country", "ETH")[0] == 0
    code, out, err = cli(capsys, db, *base, "--office-name", "Addis Ababa field office")
    assert code == 0 and "Addis Ababa field office" in out, err
    assert _country(db) == "ETH"
    assert cli(capsys, db, *base, "--office-name", "Addis", "--country", "SDN")[0] == 0
    assert _country(db) == "SDN"
    assert cli(capsys, db, *base, "--office-name", "Addis", "--country", "")[0] == 0  # said outright: cleared
    assert _country(db) == ""
