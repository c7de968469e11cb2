"""``--out`` paths that cannot be written are refused in one plain line, and nothing is left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cairo_desktop.cli.main import run
from tests.conftest import sample_activity

COMMANDS = {
    "export": ["export"],
    "summary": ["report", "summary"],
    "sheet": ["report", "activity", "ACTIVITY"],
}


@pytest.fixture
def office(make_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    services = make_services("ETH-ADD", name="office.db")
    activity = services.activities.add(sample_activity())
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # a relative or empty --out would land here
    return tmp_path / "office.db", activity.id


def _bad_paths(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (the --out value, what the message must contain)."""
    folder = tmp_path / "a folder"
    folder.mkdir(exist_ok=True)
    plain_file = tmp_path / "notes.txt"
    plain_file.write_text("not a folder", encoding="utf-8")
    pipe = tmp_path / "pipe"
    if not pipe.exists():
        os.mkfifo(pipe)
    paths = {
        "empty": ("", "--out"),
        "blank": ("   ", "--out"),
        "folder": (str(folder), str(folder)),
        "folder with slash": (str(folder) + "/", str(folder)),
        "dot": (".", str(tmp_path / "work")),  # the current folder, by its full name
        "missing folder": (str(tmp_path / "nowhere" / "out.file"), str(tmp_path / "nowhere")),
        "file as folder": (str(plain_file / "out.file"), str(plain_file)),
        "special file": (str(pipe), str(pipe)),
    }
    if Path("/proc/self").is_dir():
        paths["unwritable folder"] = ("/proc/out.file", "/proc")
    return paths


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_bad_output_paths_are_refused_plainly(office: tuple[Path, str], tmp_path: Path, command: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db, activity_id = office
    for name, (out, named) in _bad_paths(tmp_path).items():
        before = sorted(p.name for p in tmp_path.rglob("*"))
        arguments = [activity_id if a == "ACTIVITY" else a for a in COMMANDS[command]]
        code = run(["--db", str(db), *arguments, "--out", out])
        captured = capsys.readouterr()
        assert code == 1, (name, captured)
        assert captured.err.startswith("error: ") and captured.err.count("\n") == 1, (name, captured.err)
        assert named in captured.err, (name, captured.err)
        assert sorted(p.name for p in tmp_path.rglob("*")) == before, name  # nothing half-written anywhere
        assert not captured.out, name


def test_a_good_path_still_works_and_a_refusal_costs_no_package_number(office: tuple[Path, str], tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = office
    assert run(["--db", str(db), "export", "--out", str(tmp_path)]) == 1
    assert run(["--db", str(db), "export", "--out", "office.xlsx"]) == 0
    assert "package 1" in capsys.readouterr().out
    assert (tmp_path / "work" / "office.xlsx").is_file()
    assert run(["--db", str(db), "report", "summary", "--out", "summary.pdf"]) == 0
    assert (tmp_path / "work" / "summary.pdf").is_file()


def test_the_report_service_refuses_a_folder_too(make_services, tmp_path: Path) -> None:
    """The desktop's report dialog calls the service directly: a folder is refused there as well."""
    from cairo_desktop.domain.filters import ActivityFilter
    from cairo_desktop.errors import UserError

    services = make_services("ETH-ADD", name="office.db")
    for target in (tmp_path, Path("")):
        with pytest.raises(UserError, match="is a folder, not a file"):
            services.reports.summary_pdf(target, ActivityFilter())
    assert not list(tmp_path.glob(".*part"))
