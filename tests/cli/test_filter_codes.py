"""Filter options with a code that names nothing are refused, in ``activity list`` and ``report summary``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import cli, coordinator_with_an_office_package

FINGERPRINT = "3F2A-91C0-0000-0000-0000-0000-0000-0001"


@pytest.fixture
def coord_db(make_services, tmp_path: Path) -> Path:
    """A coordinator holding ETH-ADD's activity, and trusting SDN-KRT's key before any package from it."""
    path = coordinator_with_an_office_package(make_services, tmp_path)
    make_services("", name=path.name).sync.trust_key("SDN-KRT", FINGERPRINT)
    return path


def _run(capsys: pytest.CaptureFixture[str], db: Path, command: str, tmp_path: Path, *options: str) -> tuple[int, str, str]:
    if command == "list":
        argv = ["activity", "list", "--format", "json", *options]
    else:
        argv = ["report", "summary", "--out", str(tmp_path / "summary.pdf"), *options]
    return cli(capsys, db, *argv)


@pytest.mark.parametrize("command", ["list", "summary"])
@pytest.mark.parametrize(("options", "message"), [
    (["--status", "bogus"], "'bogus' is not a status; use one of pipeline, implementation"),
    (["--domain", "9"], "'9' is not a domain of the plan; use a number from 1 to 5."),
    (["--action", "9.9"], "'9.9' is not an action of the Cairo Action Plan (1.1 to 5.4)."),
    (["--country", "XXX"], "'XXX' is not an ISO 3166 alpha-3 country code"),
    (["--approach", "kindness"], "'kindness' is not a cross-cutting approach; use one of"),
    (["--office", "NOPE"], "'NOPE' is not an office of this database; the offices known are ETH-ADD, KP-SEC, SDN-KRT."),
    (["--status", "closed,bogus"], "'bogus' is not a status"),
    (["--from", "2026-01-01", "--to", "2025-01-01"], "--from 2026-01-01 is after --to 2025-01-01; give the earlier day"),
])
def test_unknown_codes_are_refused(capsys: pytest.CaptureFixture[str], coord_db: Path, tmp_path: Path, command: str,
                                   options: list[str], message: str) -> None:
    code, out, err = _run(capsys, coord_db, command, tmp_path, *options)
    assert code == 1 and not out
    assert err.startswith("error: ") and err.count("\n") == 1
    assert message in err
    assert not (tmp_path / "summary.pdf").exists()


@pytest.mark.parametrize("command", ["list", "summary"])
@pytest.mark.parametrize("options", [
    ["--office", "SDN-KRT"],  # trusted, no activity here yet: a coordinator may ask for it
    ["--office", "eth-add", "--status", "Implementation", "--domain", "4", "--action", "4.1", "--country", "eth",
     "--approach", "human_rights"],
])
def test_known_codes_are_accepted(capsys: pytest.CaptureFixture[str], coord_db: Path, tmp_path: Path, command: str,
                                  options: list[str]) -> None:
    code, out, err = _run(capsys, coord_db, command, tmp_path, *options)
    assert code == 0, err
    if command == "list":
        assert len(json.loads(out)) == (0 if "SDN-KRT" in options else 1)


def test_a_summary_takes_its_paper_size_as_typed_and_counts_one_activity_as_one(
        capsys: pytest.CaptureFixture[str], coord_db: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    for typed, width in (("a4", 595), ("LETTER", 612)):
        code, out, err = _run(capsys, coord_db, "summary", tmp_path, "--page-size", typed)
        assert code == 0, err
        assert out.endswith("(1 activity summarised).\n")
        assert round(float(PdfReader(tmp_path / "summary.pdf").pages[0].mediabox.width)) == width
    with pytest.raises(SystemExit) as refused:
        _run(capsys, coord_db, "summary", tmp_path, "--page-size", "A3")
    assert refused.value.code == 2 and "invalid choice: 'A3'" in capsys.readouterr().err


@pytest.mark.parametrize("command", [("activity", "show"), ("report", "activity")])
def test_an_id_prefix_of_wildcard_characters_matches_no_activity(capsys: pytest.CaptureFixture[str], coord_db: Path,
                                                               tmp_path: Path, command: tuple[str, ...]) -> None:
    """A LIKE wildcard typed in a short id is a character: "________" used to name any activity."""
    out_file = ["--out", str(tmp_path / "sheet.pdf")] if command[0] == "report" else []
    for prefix in ("________", "%%%%%%%%"):
        code, out, err = cli(capsys, coord_db, *command, prefix, *out_file)
        assert code == 1 and not out and "No activity with id" in err, err
    assert not (tmp_path / "sheet.pdf").exists()
