"""``import`` in text: every refusal and every refused row is printed exactly once."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from cairo_desktop.cli.main import run
from cairo_desktop.services import open_services
from tests.conftest import sample_activity


def _imported(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, list[str]]:
    code = run(["--db", str(db), "import", *args])
    return code, capsys.readouterr().out.splitlines()


def _with_hand_made_row(package: Path, target: Path, status: str) -> Path:
    """The package with one row typed in by hand (no version), as a partner would add it."""
    workbook = openpyxl.load_workbook(package)
    sheet = workbook["Activities"]
    headers = [cell.value for cell in sheet[1]]
    row = sheet.max_row + 1
    for header, value in {"Office": "ETH-ADD", "Title": "Typed in by hand", "Action": "2.2", "Status": status,
                          "Type": "training", "Planned start": datetime.datetime(2025, 11, 1),
                          "Language": "en"}.items():
        sheet.cell(row, headers.index(header) + 1).value = value
    workbook.save(target)
    return target


def test_one_refused_row_is_listed(make_services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    field = make_services("ETH-ADD", name="field.db")
    make_services("KP-SEC", "coordinator", name="coord.db")
    field.activities.add(sample_activity())
    package = tmp_path / "good.xlsx"
    field.sync.export_package(package)
    bad = _with_hand_made_row(package, tmp_path / "bad.xlsx", "bogus")

    code, lines = _imported(capsys, tmp_path / "coord.db", str(bad), "--dry-run", "--accept-unsigned", "--reason", "x")
    assert code == 1
    assert lines[0].startswith("Refused: bad.xlsx has 1 problem; nothing was imported.")
    listed = [line for line in lines if line.startswith("  - ")]
    assert len(listed) == 1 and "'bogus' is not a status" in listed[0]


def test_each_refusal_is_printed_once(make_services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A package refused for two reasons: the first is the message, the second is listed under it."""
    field = make_services("ETH-ADD", name="field.db")
    make_services("KP-SEC", "coordinator", name="coord.db")
    field.activities.add(sample_activity())
    field.sync.key_fingerprint()  # makes the signing key, so the copy below has it too
    with sqlite3.connect(tmp_path / "field.db") as source, sqlite3.connect(tmp_path / "copy.db") as copy:
        source.backup(copy)  # the office's database before its first export, same key
    source.close()
    copy.close()
    first = tmp_path / "first.xlsx"
    field.sync.export_package(first)
    assert _imported(capsys, tmp_path / "coord.db", str(first))[0] == 0

    restored = open_services(tmp_path / "copy.db")
    try:
        restored.installation.initialise("ETH-ADD", "ETH-ADD office", "coordinator", "ETH")
        again = tmp_path / "again.xlsx"
        restored.sync.export_package(again)  # number 1 again, now claiming the coordinator role
    finally:
        restored.close()

    code, lines = _imported(capsys, tmp_path / "coord.db", str(again))
    assert code == 1
    text = "\n".join(lines)
    assert lines[0].startswith("Refused: again.xlsx: ")
    assert text.count("claims the coordinator role") == 1
    assert text.count("was already imported") == 1
    assert len([line for line in lines if line.startswith("  - ")]) == 1


def test_a_file_refused_before_reading_is_printed_once(make_services, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    make_services("KP-SEC", "coordinator", name="coord.db")
    not_a_package = tmp_path / "notes.xlsx"
    not_a_package.write_text("just text", encoding="utf-8")
    code, lines = _imported(capsys, tmp_path / "coord.db", str(not_a_package))
    assert code == 1
    assert lines[0].startswith("Refused: ") and not any(line.startswith("  - ") for line in lines)
