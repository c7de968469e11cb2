"""``demo`` run again on the same database: the same seed makes the same ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import activity_count, cli


def test_demo_twice_with_the_same_seed_is_refused_in_one_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert cli(capsys, db, "demo", "--activities", "3")[0] == 0
    code, out, err = cli(capsys, db, "demo", "--activities", "5")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "--seed 2" in err, err
    assert activity_count(capsys, db) == 3
    code, out, err = cli(capsys, db, "demo", "--activities", "5", "--seed", "2")
    assert code == 0, err
    assert activity_count(capsys, db) == 8


def test_demo_says_one_activity_in_the_singular(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = cli(capsys, db, "demo", "--activities", "1")
    assert code == 0 and out == "Added 1 demo activity.\n"
