"""Killing an import with SIGKILL at random moments leaves a sound database: all of a package or none."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cairo_desktop.services import open_services
from cairo_desktop.sync.stream import GROUP_REVISIONS

ACTIVITIES = 2500  # more than one group (GROUP_REVISIONS): kills also land while the background writer inserts


def _state(db: Path) -> tuple[str, int, int]:
    with sqlite3.connect(db) as connection:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        activities = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
        logged = connection.execute("SELECT count(*) FROM sync_imported_packages").fetchone()[0]
    connection.close()
    return check, activities, logged


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_import_is_all_or_nothing(tmp_path: Path) -> None:
    assert ACTIVITIES > GROUP_REVISIONS
    field = open_services(tmp_path / "field.db")
    field.installation.initialise("ETH-ADD", "Addis", "field", "ETH")
    field.demo.generate(ACTIVITIES)
    package = tmp_path / "p.xlsx"
    field.sync.export_package(package)
    field.close()
    pristine = tmp_path / "pristine.db"
    coordinator = open_services(pristine)
    coordinator.installation.initialise("KP-SEC", "Secretariat", "coordinator", "")
    coordinator.close()

    env = dict(os.environ)
    command = [sys.executable, "-m", "cairo_desktop"]

    def start(db: Path) -> subprocess.Popen:
        return subprocess.Popen(command + ["--db", str(db), "import", str(package)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    timing = tmp_path / "timing.db"
    shutil.copy(pristine, timing)
    started = time.perf_counter()
    assert start(timing).wait(timeout=300) == 0
    duration = time.perf_counter() - started
    assert _state(timing) == ("ok", ACTIVITIES, 1)

    rng = random.Random(4)
    outcomes = set()
    for trial in range(6):
        db = tmp_path / f"trial{trial}.db"
        shutil.copy(pristine, db)
        process = start(db)
        time.sleep(rng.uniform(0.3, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        check, activities, logged = _state(db)
        assert check == "ok"
        assert (activities, logged) in ((0, 0), (ACTIVITIES, 1)), (activities, logged)
        outcomes.add(activities)
        assert start(db).wait(timeout=300) == 0  # importing again afterwards completes it
        assert _state(db) == ("ok", ACTIVITIES, 1)
    assert 0 in outcomes  # at least one kill landed before the commit
