"""The self-test runs on a user's machine (``cairo-desktop --selftest``): it must leave their home folder as it
was, settings included (docs/PACKAGING.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="QSettings go to the registry there")
def test_the_self_test_writes_nothing_into_the_users_home(tmp_path: Path) -> None:
    home, cairo_home = tmp_path / "home", tmp_path / "cairo"
    home.mkdir()
    cairo_home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "CAIRO_HOME": str(cairo_home)}
    done = subprocess.run([sys.executable, "-m", "cairo_desktop", "--selftest"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(str(path.relative_to(home)) for path in home.rglob("*")) == []
