"""The built-in self-test: each step reports its own failure, and the whole passes on a full build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cairo_desktop.selftest import NOT_AVAILABLE, SelfTest, StepFailed, run_selftest, run_steps


def _missing_parts(folder: Path) -> list[str]:
    from cairo_desktop.services import open_services

    services = open_services(folder / "probe.db")
    missing = [f"services.{name}" for name in ("sync", "reports") if not hasattr(services, name)]
    services.close()
    try:
        import cairo_desktop.gui.main_window  # noqa: F401
    except ModuleNotFoundError:
        missing.append("cairo_desktop.gui.main_window")
    return missing


def test_steps_that_work_in_every_build(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    try:
        assert "found in" in test.resources()
        assert test.database().startswith("schema ")
        assert test.activities() == "3 added, 1 edited"
    finally:
        test.close()
    assert (tmp_path / "field.db").is_file()


def test_a_part_missing_from_the_build_fails_as_not_available(tmp_path: Path) -> None:
    test = SelfTest(tmp_path)
    try:
        test.database()
        test.activities()
        test.field.__dict__["sync"] = None  # as in a build without those parts
        test.field.__dict__["reports"] = None
        with pytest.raises(StepFailed, match=f"{NOT_AVAILABLE} \\(services.sync is missing\\)"):
            test.export()
        with pytest.raises(StepFailed, match=f"{NOT_AVAILABLE} \\(services.reports is missing\\)"):
            test.pdf()
    finally:
        test.close()


def test_failures_are_reported_per_step_and_dependants_are_not_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken_export(self: SelfTest) -> str:
        raise StepFailed("the package could not be written")

    def buggy_window(self: SelfTest) -> str:
        raise KeyError("boom")

    monkeypatch.setattr(SelfTest, "export", broken_export)
    monkeypatch.setattr(SelfTest, "window", buggy_window)
    monkeypatch.setattr(SelfTest, "pdf", lambda self: "ok")
    results = {result.name: result for result in run_steps(tmp_path)}
    assert [name for name, r in results.items() if r.ok] == ["resources", "database", "activities", "pdf"]
    assert results["export"].detail == "the package could not be written"
    assert results["import"].detail == "not run: needs export"
    assert results["window"].detail.startswith("KeyError: 'boom' (at test_selftest.py:")
    assert "Traceback" in capsys.readouterr().err

    assert run_selftest() == 1
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and "self-test (source) FAILED: 3 of 7 steps" in out
    assert "  import: not run: needs export" in err


def test_user_folders_and_environment_are_left_alone(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAIRO_DATABASE_URL", "postgresql://nobody@nowhere/none")
    seen: dict[str, str | None] = {}

    def spy(self: SelfTest) -> str:
        seen["home"] = os.environ.get("CAIRO_HOME")
        seen["url"] = os.environ.get("CAIRO_DATABASE_URL")
        return "ok"

    for name in ("export", "import_", "pdf", "window"):
        monkeypatch.setattr(SelfTest, name, spy)
    assert run_selftest() == 0
    assert seen["home"] != str(isolated_home) and seen["url"] is None
    assert os.environ["CAIRO_HOME"] == str(isolated_home)
    assert os.environ["CAIRO_DATABASE_URL"] == "postgresql://nobody@nowhere/none"
    assert not list(isolated_home.rglob("*.db"))


@pytest.mark.slow
def test_the_whole_self_test_passes_from_the_command_line(tmp_path: Path) -> None:
    missing = _missing_parts(tmp_path)
    if missing:
        pytest.skip(f"not built yet by the other areas: {', '.join(missing)}")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CAIRO_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "cairo_desktop", "--selftest"], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("Cairo Desktop ") and " passed: 7 steps in " in done.stdout
    assert done.stdout.count("\n") == 1
