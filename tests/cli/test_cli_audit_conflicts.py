"""``conflicts resolve`` typed in the order its usage line shows: ``--keep VALUE... id``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import cli
from tests.cli.test_conflicts import OTHER, coord_db  # noqa: F401  (the fixture)


def _open_ids(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, list[int]]:
    code, out, _ = cli(capsys, db, "conflicts", "list", "--format", "json")
    assert code == 0
    ids: dict[str, list[int]] = {}
    for conflict in json.loads(out):
        ids.setdefault(conflict["activity_id"], []).append(conflict["id"])
    return ids


def test_the_number_after_keep_is_the_conflict(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:  # noqa: F811
    number = _open_ids(capsys, coord_db)[OTHER][0]
    code, out, err = cli(capsys, coord_db, "conflicts", "resolve", "--keep", "place=incoming", str(number))
    assert code == 0, err
    assert "kept the incoming value" in out
    assert OTHER not in _open_ids(capsys, coord_db)


def test_no_number_at_all_is_refused_with_what_to_type(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:  # noqa: F811
    before = _open_ids(capsys, coord_db)
    code, out, err = cli(capsys, coord_db, "conflicts", "resolve", "--keep", "local")
    assert code == 1 and out == ""
    assert err.startswith("error: Say which conflict to settle") and "conflicts list" in err, err
    assert _open_ids(capsys, coord_db) == before
