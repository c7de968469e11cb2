"""Output sent to a file or a pipe is UTF-8 whatever the system's code page: on Windows, ``activity list >
list.txt`` wrote cp1252 and stopped half-way with a traceback at the first Arabic title."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TITLE = "ورشة عمل حول تحديد هوية الضحايا"  # Arabic, which no Western code page holds


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # PYTHONIOENCODING=cp1252 gives the process the streams a Windows program gets when its output is redirected.
    env = dict(os.environ, CAIRO_HOME=str(tmp_path / "home"), PYTHONIOENCODING="cp1252")
    return subprocess.run([sys.executable, "-m", "cairo_desktop", "--db", str(tmp_path / "office.db"), *args],
                          capture_output=True, env=env, timeout=120)


def test_list_and_plan_in_arabic_into_a_file_on_a_western_code_page(tmp_path: Path) -> None:
    assert _cli(tmp_path, "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field").returncode == 0
    added = _cli(tmp_path, "activity", "add", "--title", TITLE, "--action", "1.1")
    assert added.returncode == 0 and TITLE in added.stdout.decode("utf-8"), added.stderr.decode("utf-8", "replace")
    for format_ in ("table", "csv", "json"):
        listed = _cli(tmp_path, "activity", "list", "--format", format_)
        assert listed.returncode == 0 and b"Traceback" not in listed.stderr, listed.stderr.decode("utf-8", "replace")
        assert TITLE in listed.stdout.decode("utf-8")
    assert json.loads(_cli(tmp_path, "activity", "list", "--format", "json").stdout)[0]["title"] == TITLE
    plan = _cli(tmp_path, "plan", "--lang", "ar")
    assert plan.returncode == 0 and plan.stdout.decode("utf-8").count("\n") > 20
