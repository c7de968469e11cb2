"""A ``sqlite:///`` URL naming no file is refused like a mistyped --db, not opened as a new, empty database;
the refusal says which option or variable to check."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.cli.main import run


def test_a_mistyped_sqlite_url_is_refused_and_leaves_no_file(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    missing = tmp_path / "ofice.db"
    code = run(["--database-url", f"sqlite:///{missing}", "activity", "list"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err == (f"error: There is no database at {missing}. Check the URL given with --database-url, or start a "
                   "database there with 'cairo-desktop init'.\n")
    assert not missing.exists()


def test_init_through_a_sqlite_url_still_creates_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    file = tmp_path / "office.db"
    url = f"sqlite:///{file}"
    assert run(["--database-url", url, "init", "--office", "ETH-ADD", "--office-name", "A", "--role", "field"]) == 0
    assert file.exists()
    assert run(["--database-url", url, "activity", "list"]) == 0
    assert capsys.readouterr().out.endswith("0 activities\n")


def test_the_variable_is_named_when_it_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAIRO_DATABASE_URL", f"sqlite:///{tmp_path / 'none.db'}")
    assert run(["activity", "list"]) == 1
    assert "Check the URL in CAIRO_DATABASE_URL" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
