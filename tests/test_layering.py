"""Only the GUI imports Qt: every other module imports with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cairo_desktop

BLOCK_QT_AND_IMPORT = r"""
import importlib, importlib.abc, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked in this test")
        return None

sys.meta_path.insert(0, BlockQt())
import cairo_desktop
names = [m.name for m in pkgutil.walk_packages(cairo_desktop.__path__, "cairo_desktop.")]
core = [n for n in names if not n.startswith("cairo_desktop.gui")]
for name in core:
    importlib.import_module(name)
assert not any(m.startswith("PySide6") for m in sys.modules)
print(len(core))
"""


def test_core_modules_import_without_qt() -> None:
    done = subprocess.run([sys.executable, "-c", BLOCK_QT_AND_IMPORT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    expected = [m.name for m in pkgutil.walk_packages(cairo_desktop.__path__, "cairo_desktop.")
                if not m.name.startswith("cairo_desktop.gui")]
    assert int(done.stdout.strip()) == len(expected) > 20


def test_the_import_contract_holds() -> None:
    lint = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    done = subprocess.run([sys.executable, "-c", lint], capture_output=True, text=True, timeout=300,
                          cwd=cairo_desktop.__path__[0] + "/..")
    assert "Contracts: " in done.stdout and " 0 broken" in done.stdout, done.stdout[-2000:]
