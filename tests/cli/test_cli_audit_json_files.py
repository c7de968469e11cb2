"""``activity add|edit --json FILE`` with files a field officer may really have: saved by Notepad as UTF-16,
or holding an empty list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import activity_count, cli


@pytest.mark.parametrize("command", ["add", "edit"])
def test_a_json_file_not_in_utf8_is_refused_in_one_line(capsys: pytest.CaptureFixture[str], db: Path,
                                                        tmp_path: Path, command: str) -> None:
    file = tmp_path / "notepad.json"
    file.write_text(json.dumps({"title": "Réunion", "action": "1.1"}), encoding="utf-16")
    code, out, err = cli(capsys, db, "activity", command, "--json", str(file))
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert str(file) in err and "UTF-8" in err
    assert activity_count(capsys, db) == 0


def test_a_json_file_with_an_empty_list_is_refused_not_passed_silently(capsys: pytest.CaptureFixture[str], db: Path,
                                                                     tmp_path: Path) -> None:
    file = tmp_path / "empty.json"
    file.write_text("[]", encoding="utf-8")
    code, out, err = cli(capsys, db, "activity", "add", "--json", str(file))
    assert code == 1 and out == ""
    assert err.startswith("error: ") and str(file) in err and "empty list" in err


def test_a_refused_entry_of_a_list_is_named_in_one_sentence(capsys: pytest.CaptureFixture[str], db: Path,
                                                          tmp_path: Path) -> None:
    file = tmp_path / "two.json"
    file.write_text(json.dumps([{"title": "A", "action": "1.1"}, {"title": "B", "action": "9.1"}]), encoding="utf-8")
    code, out, err = cli(capsys, db, "activity", "add", "--json", str(file))
    assert code == 1 and out == ""
    assert err.startswith("error: Record 2 of 2: ") and "'9.1'" in err and err.endswith("). Nothing was saved.\n"), err
    assert activity_count(capsys, db) == 0
