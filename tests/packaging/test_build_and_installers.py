"""The build script and the Windows/macOS recipes agree with the spec and the repository.

The Windows and macOS steps cannot run here; these checks catch the mistakes that would only show
on those machines: a renamed program, a moved icon or licence, a wrong bundle folder.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Loaded by path: "build" is also the name of a PyPI package that may be installed.
_spec = importlib.util.spec_from_file_location("cairo_packaging_build", ROOT / "packaging" / "build.py")
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

SPEC = (ROOT / "packaging" / "cairo-desktop.spec").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "cairo-desktop.iss").read_text(encoding="utf-8")


def test_bundled_self_test_without_a_bundle_says_what_to_do(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert build.selftest(bundle=tmp_path / "nothing-here") == 2
    assert "run 'make dist' first" in capsys.readouterr().err


def test_bundled_self_test_runs_in_a_clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("VIRTUAL_ENV", str(ROOT / ".venv"))
    monkeypatch.setenv("CAIRO_DATABASE_URL", "postgresql://somewhere/else")
    env = build.clean_environment(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen" and env["CAIRO_HOME"] == str(tmp_path)
    assert not {"PYTHONPATH", "VIRTUAL_ENV", "CAIRO_DATABASE_URL"} & set(env)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps its profile folders")
def test_bundled_self_test_gets_an_empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build machine's settings must not hide a first-start problem, nor be written by the test."""
    monkeypatch.setenv("HOME", "/home/the-developer")
    assert build.clean_environment(tmp_path)["HOME"] == str(tmp_path)


def test_files_the_windows_installer_takes_exist() -> None:
    windows_paths = re.findall(r"\.\.\\\.\.\\([\w\\.-]+)", ISS)
    files = [p for p in windows_paths if not p.startswith("dist")]
    assert {"LICENSE", r"resources\icons\app\cairo-desktop.ico"} <= set(files)
    for relative in files:
        assert (ROOT / relative.replace("\\", "/")).is_file(), relative
    assert r'#define Bundle "..\..\dist\cairo-desktop"' in ISS


def test_installer_starts_the_program_the_spec_builds() -> None:
    names = set(re.findall(r'name="([\w-]+)"', SPEC))
    assert {"cairo-desktop", "cairo-desktop-cli"} <= names
    started = set(re.findall(r"\{app\}\\([\w-]+)\.exe", ISS))
    assert started and started <= names
    assert build.bundled_program(Path("b")).name in {"cairo-desktop", "cairo-desktop-cli.exe"}


def test_macos_recipe_uses_the_app_the_spec_names() -> None:
    script = (ROOT / "packaging" / "macos" / "build.sh").read_text(encoding="utf-8")
    app = re.search(r'name="([^"]+\.app)"', SPEC)
    assert app is not None and f'app="dist/{app.group(1)}"' in script
    assert (ROOT / "resources" / "icons" / "app" / "cairo-desktop.icns").is_file()


def test_the_linux_bundle_carries_its_installer(tmp_path: Path) -> None:
    copied = build.add_linux_installer(tmp_path)
    assert sorted(p.name for p in copied) == ["cairo-desktop.desktop", "install.sh"]
    assert (tmp_path / "install.sh").read_bytes() == (ROOT / "packaging" / "linux" / "install.sh").read_bytes()
    assert (tmp_path / "install.sh").stat().st_mode & 0o111, "kept executable"
