"""A value typed as an option is refused as that option (``--start``), not as the field behind it
(``planned_start``), which a field officer never typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import cli


@pytest.mark.parametrize(("option", "value", "said"), [
    ("--start", "2025-13-01", "Option --start: '2025-13-01' is not a date"),
    ("--end", "2025-02-30", "Option --end: '2025-02-30' is not a date"),
    ("--actual-start", "2025-1-1", "Option --actual-start: '2025-1-1' is not a date"),
    ("--budget", "abc", "Option --budget: 'abc' is not an amount of money"),
    ("--targeted-total", "many", "Option --targeted-total: 'many' is not a whole number"),
])
def test_add_names_the_option_typed(capsys: pytest.CaptureFixture[str], db: Path, option: str, value: str,
                                    said: str) -> None:
    code, out, err = cli(capsys, db, "activity", "add", "--title", "T", "--action", "1.1", option, value)
    assert code == 1 and out == "" and err.startswith(f"error: {said}"), err


def test_edit_and_a_json_list_with_an_option_name_the_option(capsys: pytest.CaptureFixture[str], db: Path,
                                                            tmp_path: Path) -> None:
    code, out, err = cli(capsys, db, "activity", "add", "--format", "json", "--title", "T", "--action", "1.1")
    activity_id = json.loads(out)["id"]
    code, _, err = cli(capsys, db, "activity", "edit", activity_id[:8], "--start", "soon")
    assert code == 1 and err.startswith("error: Option --start: 'soon' is not a date"), err
    file = tmp_path / "two.json"
    file.write_text(json.dumps([{"title": "A", "action": "1.1"}, {"title": "B", "action": "1.2"}]), encoding="utf-8")
    code, _, err = cli(capsys, db, "activity", "add", "--json", str(file), "--start", "2025-02-30")
    assert code == 1 and "Record 1 of 2: Option --start: '2025-02-30' is not a date" in err, err


def test_a_field_from_the_json_file_keeps_its_field_name(capsys: pytest.CaptureFixture[str], db: Path,
                                                         tmp_path: Path) -> None:
    file = tmp_path / "one.json"
    file.write_text(json.dumps({"title": "A", "action": "1.1", "planned_start": "2025-13-01"}), encoding="utf-8")
    code, _, err = cli(capsys, db, "activity", "add", "--json", str(file))
    assert code == 1 and "Field 'planned_start': '2025-13-01' is not a date" in err, err


@pytest.mark.parametrize("command", [["activity", "list"], ["report", "summary", "--out", "s.pdf"]])
def test_filter_dates_are_refused_as_options(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path,
                                             command: list[str]) -> None:
    command = [str(tmp_path / part) if part == "s.pdf" else part for part in command]
    code, _, err = cli(capsys, db, *command, "--from", "2025-99-01")
    assert code == 1 and err.startswith("error: Option --from: '2025-99-01' is not a date"), err
    assert not (tmp_path / "s.pdf").exists()


def test_validation_issues_of_options_name_the_options(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = cli(capsys, db, "activity", "add", "--title", "T", "--action", "1.1", "--start", "2025-05-01",
                         "--end", "2025-04-01", "--type", "workshop", "--country", "ETHX")
    assert code == 1 and out == ""
    assert "[--end] The end (2025-04-01) is before the start" in err and "[--type] 'workshop'" in err, err
    assert "[--country] 'ETHX'" in err and "[planned_end]" not in err and "[activity_type]" not in err
