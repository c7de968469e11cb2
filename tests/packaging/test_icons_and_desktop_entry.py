"""The application icon in every size the desktops ask for, and the Linux menu entry."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cairo_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
ICONS = paths.resource("icons", "app")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", SIZES)
def test_png_icon_has_its_size_and_is_drawn(size: int) -> None:
    image = QImage(str(ICONS / f"cairo-desktop-{size}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() < 16, "the rounded corners are transparent"
    assert image.pixelColor(size // 2, size // 2).alpha() == 255, "the tile is opaque"
    colours = {image.pixel(x, y) for x in range(0, size, max(1, size // 16)) for y in range(0, size, max(1, size // 16))}
    assert len(colours) > 4, "the icon is not a flat square"


def test_windows_and_macos_icons_hold_several_sizes() -> None:
    image = pytest.importorskip("PIL.Image")
    with image.open(ICONS / "cairo-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with image.open(ICONS / "cairo-desktop.icns") as icns:
        assert icns.format == "ICNS"
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 1)} <= set(icns.info["sizes"])


def test_icon_generator_draws_every_size(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_app_icon", ROOT / "scripts" / "make_app_icon.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    assert module.main(tmp_path) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"cairo-desktop-{s}.png" for s in SIZES] + ["cairo-desktop.ico", "cairo-desktop.icns"])


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "packaging" / "linux" / "cairo-desktop.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = _desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] in scripts
    assert (ICONS / f"{entry['Icon']}-256.png").is_file()
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert {"Name", "Comment", "Comment[fr]", "Comment[ar]"} <= set(entry)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_entry_passes_the_freedesktop_validator() -> None:
    done = subprocess.run(["desktop-file-validate", str(ROOT / "packaging" / "linux" / "cairo-desktop.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout.lower(), done.stdout
