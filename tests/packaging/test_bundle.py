"""The bundled program (``make dist``) and the source install share one database format.

A field office may move from a source install to the bundle, or a coordinator may open with Python
a file written by the bundle: each must read what the other wrote. Runs only when a bundle has been
built (CI runs ``make dist-test`` first); otherwise skips and says so.
"""

from __future__ import annotations

import json
import os
import shutil
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


def _bundled_modules() -> set[str]:
    """The modules in the program's archive (its PYZ)."""
    readers = pytest.importorskip("PyInstaller.archive.readers")
    return set(readers.CArchiveReader(str(PROGRAM)).open_embedded_archive("PYZ.pyz").toc)


def test_bundle_leaves_out_what_the_app_never_runs() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from bundle_contents import EXCLUDED_PYTHON, EXCLUDED_QT_PLUGINS

    modules = _bundled_modules()
    carried = sorted(name for name in modules for left_out in EXCLUDED_PYTHON
                     if name == left_out or name.startswith(left_out + "."))
    assert carried == []
    internal = PROGRAM.parent / "_internal"
    assert not list((internal / "resources").rglob("*.ts")), "translation sources are for translators"
    plugins = {path.name.split(".")[0].removeprefix("lib") for path in (internal / "PySide6").rglob("plugins/*/*")}
    assert plugins and not plugins & set(EXCLUDED_QT_PLUGINS)


def test_installed_copy_runs_from_the_menu_command(tmp_path: Path) -> None:
    """packaging/linux/install.sh on the real bundle, then the command a person types, with a new HOME."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux installer")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(["sh", str(ROOT / "packaging" / "linux" / "install.sh"), str(PROGRAM.parent)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    command = str(home / ".local" / "bin" / "cairo-desktop")

    def installed(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([command, *args], capture_output=True, text=True, env=env, cwd=home, timeout=120)

    assert installed("--version").stdout.strip() == f"cairo-desktop {__version__}"
    done = installed("init", "--office", "ETH-ADD", "--office-name", "Addis Ababa", "--role", "field")
    assert done.returncode == 0, done.stderr
    assert (home / ".local" / "share" / "cairo-desktop" / "cairo.db").is_file()
    assert sorted(p.name for p in (home / ".local" / "share" / "cairo-desktop").iterdir()) == ["cairo.db"]


def test_bundle_carries_the_interface_translations() -> None:
    """The self-test does not look at translations: a bundle without them would start in English only."""
    internal = PROGRAM.parent / "_internal"
    for language in ("en", "fr", "ar"):  # English too: its file holds the singular of counted sentences
        ours = internal / "resources" / "translations" / f"cairo_{language}.qm"
        assert ours.read_bytes() == (ROOT / "resources" / "translations" / ours.name).read_bytes()
        if language != "en":
            assert (internal / "PySide6" / "Qt" / "translations" / f"qtbase_{language}.qm").is_file()


def test_bundle_upgrades_a_database_left_by_the_first_version(
        make_services: Callable[..., Services], tmp_path: Path) -> None:
    """An office installing a new version over 0.1.0: the bundle's Alembic runs every later migration
    (the ones that rewrite rows too) from its own files, after a backup, and nothing is lost."""
    import sqlite3

    from alembic import command

    from cairo_desktop.store.engine import make_engine
    from cairo_desktop.store.migrate import alembic_config, head_revision

    source = make_services("ETH-ADD", "field", name="old.db")
    saved = source.activities.add(sample_activity(title="Dialogue avec les réfugiés à Kassala"))
    source.close()
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    done = bundled(tmp_path, "--db", str(tmp_path / "old.db"), "activity", "list", "--text", "refugies",
                   "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [row["id"] for row in json.loads(done.stdout)] == [saved.id]
    with sqlite3.connect(tmp_path / "old.db") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    connection.close()
    assert list((tmp_path / "data" / "backups").glob("old-*-before-migration.db"))
    assert bundled(tmp_path, "--db", str(tmp_path / "old.db"), "check").returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="QSettings go to the registry there")
def test_bundled_self_test_writes_nothing_into_the_users_home(tmp_path: Path) -> None:
    """docs/PACKAGING.md: the self-test never touches the user's database, settings or backups (its
    window once wrote ~/.config/Unknown Organization/cairo-desktop.conf)."""
    home, cairo_home = tmp_path / "home", tmp_path / "cairo"
    home.mkdir()
    cairo_home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "CAIRO_HOME": str(cairo_home)}
    done = subprocess.run([str(PROGRAM), "--selftest"], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []


def test_bundle_carries_its_linux_installer() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux installer")
    for name in ("install.sh", "cairo-desktop.desktop"):
        assert (PROGRAM.parent / name).read_bytes() == (ROOT / "packaging" / "linux" / name).read_bytes(), name


def test_bundle_needs_from_the_system_only_what_every_desktop_has() -> None:
    """Each library a bundled binary links to is in the bundle or on the documented list; a build
    machine's extra library would otherwise fail only on a field office's computer."""
    objdump = shutil.which("objdump")
    if not sys.platform.startswith("linux") or objdump is None:
        pytest.skip("needs Linux and objdump (binutils)")
    sys.path.insert(0, str(ROOT / "packaging"))
    from bundle_contents import EXPECTED_FROM_SYSTEM, SYSTEM_LIBRARIES, direct_needs

    dylib = pytest.importorskip("PyInstaller.depend.dylib")  # its own list of what systems provide
    internal = PROGRAM.parent / "_internal"
    binaries = [path for path in internal.rglob("*.so*") if path.is_file() and not path.is_symlink()]
    bundled = {path.name for path in internal.rglob("*.so*")}
    missing: dict[str, str] = {}
    for binary in binaries:
        listing = subprocess.run([objdump, "-p", str(binary)], capture_output=True, text=True).stdout
        for name in direct_needs(listing) - bundled - set(EXPECTED_FROM_SYSTEM):
            if dylib.include_library(name):
                missing[name] = str(binary.relative_to(internal))
    assert missing == {}
    assert not bundled & set(SYSTEM_LIBRARIES)
