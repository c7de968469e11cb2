"""A refused command leaves no database file behind that it created itself (and never removes one it did not)."""

from __future__ import annotations

import subprocess
import sys
import os
from pathlib import Path

import pytest

from cairo_desktop.cli.main import run
from cairo_desktop.services import open_services

INIT = ["init", "--office", "ETH-ADD", "--office-name", "Addis Ababa", "--role", "field"]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("arguments", [
    ["init", "--office", "a b", "--office-name", "x", "--role", "field"],
    ["init", "--office", "ETH-ADD", "--office-name", "x", "--role", "field", "--country", "XXX"],
    INIT + ["--age-bands", "decades"],
    ["export", "--out", "{folder}/p.xlsx"],
    ["activity", "add", "--title", "x", "--action", "1.1"],
    ["import", "{folder}/missing.xlsx"],
    ["keys", "trust", "SDN-KRT", "not-a-fingerprint"],
])
def test_a_refused_command_leaves_no_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  arguments: list[str]) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    code = run(["--db", str(folder / "new.db"), *[a.format(folder=folder) for a in arguments]])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: ")
    assert _files(folder) == []


def test_a_refused_command_keeps_an_existing_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    assert run(["--db", str(db), *INIT]) == 0
    assert run(["--db", str(db), "init", "--office", "SDN-KRT", "--office-name", "x", "--role", "field"]) == 1
    assert run(["--db", str(db), *INIT, "--age-bands", "decades"]) == 1
    capsys.readouterr()
    services = open_services(db)
    try:
        identity = services.installation.identity()
        assert identity is not None and identity.office_code == "ETH-ADD" and identity.office_name == "Addis Ababa"
        assert services.installation.setting("age_band_set") == ""
    finally:
        services.close()


def test_a_refused_init_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The age bands are checked with the rest, before the office is saved."""
    db = tmp_path / "office.db"
    assert run(["--db", str(db), *INIT]) == 0
    code = run(["--db", str(db), "init", "--office", "ETH-ADD", "--office-name", "Renamed", "--role", "field",
                "--age-bands", "decades"])
    assert code == 1 and "Age band set 'decades' is not known" in capsys.readouterr().err
    services = open_services(db)
    try:
        assert services.installation.identity().office_name == "Addis Ababa"
    finally:
        services.close()
    assert run(["--db", str(db), "init", "--office", "ETH-ADD", "--office-name", "Renamed", "--role", "field",
                "--age-bands", "cbm"]) == 0
    services = open_services(db)
    try:
        assert services.installation.identity().office_name == "Renamed"
        assert services.installation.age_bands().codes[0] == "age0_5"
    finally:
        services.close()


def test_in_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, CAIRO_HOME=str(tmp_path / "home"))
    folder = tmp_path / "office"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-m", "cairo_desktop", "--db", str(folder / "new.db"), "export", "--out",
                           str(folder / "p.xlsx")], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and "cairo-desktop init" in done.stderr and "Traceback" not in done.stderr
    assert _files(folder) == []


@pytest.mark.parametrize("arguments", [["activity", "list"], ["conflicts", "list"], ["report", "summary", "--out", "r.pdf"]])
def test_a_mistyped_database_path_is_refused_not_opened_empty(arguments: list[str], tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "ofice.db"
    code = run(["--db", str(typo), *[part.replace("r.pdf", str(tmp_path / "r.pdf")) for part in arguments]])
    err = capsys.readouterr().err
    assert code == 1 and f"There is no database at {typo}" in err and "cairo-desktop init" in err
    assert _files(tmp_path) == []
