"""The bundled program (``make dist``) and the source install share one database format.

A field office may move from a source install to the bundle, or a coordinator may open with Python
a file written by the bundle: each must read what the other wrote. Runs only when a bundle has been
built (CI runs ``make dist-test`` first); otherwise skips and says so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from cairo_desktop import __version__
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "dist" / "cairo-desktop" / ("cairo-desktop-cli.exe" if sys.platform == "win32" else "cairo-desktop")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PROGRAM.exists(), reason=f"no bundle at {PROGRAM.relative_to(ROOT)}: run 'make dist' first"),
]


def bundled(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG", "TMPDIR")}
    env.update(QT_QPA_PLATFORM="offscreen", CAIRO_HOME=str(home))
    return subprocess.run([str(PROGRAM), *args], capture_output=True, text=True, env=env, cwd=home, timeout=120)


def test_bundle_is_this_version(tmp_path: Path) -> None:
    done = bundled(tmp_path, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"cairo-desktop {__version__}", done.stderr


def test_bundle_carries_the_modules_imported_through_exec() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from bundle_contents import EXEC_IMPORTS

    internal = PROGRAM.parent / "_internal"
    for name in EXEC_IMPORTS:
        assert list(internal.glob(f"{name}*")), f"{name} is missing from the bundle"


def test_bundle_carries_lxml_for_openpyxl() -> None:
    """openpyxl writes packages through lxml only when it can import it: a third faster export."""
    assert list((PROGRAM.parent / "_internal" / "lxml").glob("etree*")), "lxml.etree is missing from the bundle"


def test_bundle_reads_a_database_made_by_the_source_install(
        make_services: Callable[..., Services], tmp_path: Path) -> None:
    source = make_services("ETH-ADD", "field", name="from-source.db")
    saved = source.activities.add(sample_activity(title="Written by the source install"))
    source.close()
    done = bundled(tmp_path, "--db", str(tmp_path / "from-source.db"), "activity", "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [(row["id"], row["title"]) for row in rows] == [(saved.id, "Written by the source install")]


def test_source_install_reads_a_database_made_by_the_bundle(tmp_path: Path) -> None:
    database = tmp_path / "from-bundle.db"
    done = bundled(tmp_path, "--db", str(database), "init", "--office", "SDN-KRT", "--office-name", "Khartoum",
                   "--role", "field", "--country", "SDN")
    assert done.returncode == 0, done.stderr
    (tmp_path / "activity.json").write_text(json.dumps(sample_activity(title="Written by the bundle")))
    done = bundled(tmp_path, "--db", str(database), "activity", "add", "--json", str(tmp_path / "activity.json"))
    assert done.returncode == 0, done.stderr
    services = open_services(database)
    try:
        assert services.installation.identity().office_code == "SDN-KRT"
        activities = services.activities.find(ActivityFilter())
        assert [(a.title, a.office) for a in activities] == [("Written by the bundle", "SDN-KRT")]
        assert len(services.activities.history(activities[0].id)) == 1
    finally:
        services.close()


def test_bundle_refuses_a_database_from_a_newer_version_with_a_clear_message(
        make_services: Callable[..., Services], tmp_path: Path) -> None:
    import sqlite3

    make_services("ETH-ADD", "field", name="future.db").close()
    with sqlite3.connect(tmp_path / "future.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    done = bundled(tmp_path, "--db", str(tmp_path / "future.db"), "activity", "list")
    assert done.returncode == 1
    assert "newer version of Cairo Desktop" in done.stderr and "Traceback" not in done.stderr
