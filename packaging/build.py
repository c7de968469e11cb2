"""Build the one-folder bundle for the current OS (``make dist``) and, on request, test it.

``python packaging/build.py`` runs PyInstaller on ``packaging/cairo-desktop.spec`` into
``dist/cairo-desktop/`` (on Linux with its installer beside the program) and prints the bundle's
size. ``--test`` then runs the bundled ``--selftest`` offscreen in a clean environment
(``make dist-test``); ``--test-only`` skips the build. The exit code is non-zero if the build or the self-test fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cairo-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "cairo-desktop"
LINUX_INSTALLER = ("install.sh", "cairo-desktop.desktop")


def bundled_program(bundle: Path = BUNDLE) -> Path:
    """The program to run for the CLI and the self-test (the console one on Windows)."""
    if sys.platform == "win32":
        return bundle / "cairo-desktop-cli.exe"
    return bundle / "cairo-desktop"


def add_linux_installer(bundle: Path = BUNDLE) -> list[Path]:
    """Put install.sh and the menu entry beside the program, so the folder alone (handed to an office
    as a .tar.gz) installs itself with ``sh cairo-desktop/install.sh``, and an installed copy can
    remove itself with ``sh ~/.local/opt/cairo-desktop/install.sh --uninstall``."""
    copied: list[Path] = []
    for name in LINUX_INSTALLER:
        target = bundle / name
        shutil.copy2(ROOT / "packaging" / "linux" / name, target)
        copied.append(target)
    return copied


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: pip install -e '.[dist]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        print(f"PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return result.returncode
    if sys.platform.startswith("linux"):
        add_linux_installer()
    size_mb = folder_size(BUNDLE) / 1e6
    print(f"bundle: {BUNDLE} ({size_mb:.0f} MB, built in {time.monotonic() - started:.0f} s)")
    return 0


def clean_environment(home: Path) -> dict[str, str]:
    """The environment a fresh user would have: no venv, no PYTHONPATH, offscreen Qt, and on Linux and
    macOS an empty home folder, so whatever the self-test would write into a home lands in ``home``
    (and the build machine's own settings cannot hide a first-start problem)."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "TEMP", "TMP", "SYSTEMROOT", "USERPROFILE",
            "APPDATA", "LOCALAPPDATA", "XDG_RUNTIME_DIR")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    if sys.platform == "win32":
        env.update({name: os.environ[name] for name in ("HOME",) if name in os.environ})
    else:
        env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["CAIRO_HOME"] = str(home)
    return env


def selftest(bundle: Path = BUNDLE, timeout: float = 240.0) -> int:
    program = bundled_program(bundle)
    if not program.exists():
        print(f"No bundle at {program}: run 'make dist' first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cairo-dist-test-") as home:
        # Run from an unrelated folder so nothing from the checkout can be picked up by accident.
        result = subprocess.run([str(program), "--selftest"], cwd=home, env=clean_environment(Path(home)),
                                timeout=timeout)
    print(f"bundled self-test exit code: {result.returncode}")
    return result.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="run the bundled self-test after building")
    parser.add_argument("--test-only", action="store_true", help="only run the bundled self-test")
    args = parser.parse_args(argv)
    if not args.test_only:
        code = build()
        if code:
            return code
    if args.test or args.test_only:
        return selftest()
    return 0


if __name__ == "__main__":
    sys.exit(main())
