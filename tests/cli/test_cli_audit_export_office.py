"""``export --office`` and ``keys forget`` check the office code the same way as the other commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import cli


@pytest.fixture
def coord_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "coord.db"
    code, _, err = cli(capsys, path, "init", "--office", "KP-SEC", "--office-name", "Secretariat",
                       "--role", "coordinator")
    assert code == 0, err
    assert cli(capsys, path, "demo", "--activities", "6", "--offices", "2")[0] == 0  # offices ETH-ADD and SDN-KRT
    return path


@pytest.mark.parametrize(("office", "said"), [("ETH-ADX", "'ETH-ADX' is not an office of this database"),
                                              ("eth add", "is not an office code")])
def test_export_refuses_an_office_it_never_heard_of(capsys: pytest.CaptureFixture[str], coord_db: Path,
                                                    tmp_path: Path, office: str, said: str) -> None:
    out_file = tmp_path / "office.xlsx"
    code, out, err = cli(capsys, coord_db, "export", "--out", str(out_file), "--office", office)
    assert code == 1 and out == "" and err.startswith("error: ") and said in err, err
    assert not out_file.exists()
    # No package number was used up: the next export is still package 1.
    code, out, err = cli(capsys, coord_db, "export", "--out", str(out_file), "--office", "eth-add")
    assert code == 0 and "package 1 " in out and "6 activities" not in out, out + err


def test_keys_forget_says_when_the_code_is_not_an_office_code(capsys: pytest.CaptureFixture[str],
                                                              coord_db: Path) -> None:
    code, _, err = cli(capsys, coord_db, "keys", "forget", "eth add!")
    assert code == 1 and "is not an office code" in err, err
