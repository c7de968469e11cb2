"""packaging/linux/install.sh as a field officer runs it: install, upgrade, uninstall, menu entry.

The script is run on a small stand-in bundle (a real executable named ``cairo-desktop`` and the
icons), so these tests need no build and check what a person would: the program never lives in
the data folder, an upgrade from the 0.1.0 layout and an uninstall keep the database, and the menu
entry starts the program from any home folder.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "packaging" / "linux" / "install.sh"
ICONS = ROOT / "resources" / "icons" / "app"
SLEEP = shutil.which("sleep")

pytestmark = pytest.mark.skipif(os.name != "posix" or SLEEP is None, reason="a POSIX shell script")


def make_bundle(folder: Path) -> Path:
    """A stand-in for dist/cairo-desktop: an ELF program (so /proc/PID/exe names it) and the icons."""
    icons = folder / "_internal" / "resources" / "icons" / "app"
    icons.mkdir(parents=True)
    for png in ICONS.glob("cairo-desktop-*.png"):
        shutil.copy(png, icons / png.name)
    assert SLEEP is not None
    shutil.copy(SLEEP, folder / "cairo-desktop")
    return folder


def run_install(home: Path, *args: str, script: Path = INSTALL) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=env, timeout=60)


def make_user_data(data: Path) -> None:
    (data / "backups").mkdir(parents=True, exist_ok=True)
    (data / "cairo.db").write_bytes(b"the office's activities")
    (data / "backups" / "cairo-before-migration.db").write_bytes(b"a backup")


def assert_user_data_intact(data: Path) -> None:
    assert (data / "cairo.db").read_bytes() == b"the office's activities"
    assert (data / "backups" / "cairo-before-migration.db").read_bytes() == b"a backup"


def test_program_is_installed_apart_from_the_users_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = run_install(home, str(make_bundle(tmp_path / "bundle")))
    assert done.returncode == 0, done.stderr
    program = home / ".local" / "opt" / "cairo-desktop" / "cairo-desktop"
    assert program.is_file() and os.access(program, os.X_OK)
    assert (home / ".local" / "bin" / "cairo-desktop").resolve() == program
    assert (home / ".local/share/icons/hicolor/256x256/apps/cairo-desktop.png").is_file()
    assert not (home / ".local" / "share" / "cairo-desktop").exists(), "the data folder is the user's alone"


def test_upgrade_from_the_old_layout_removes_the_old_program_and_keeps_the_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "cairo-desktop"
    make_bundle(data / "app")  # where 0.1.0's install.sh put the program: inside the data folder
    make_user_data(data)
    done = run_install(home, str(make_bundle(tmp_path / "bundle")))
    assert done.returncode == 0, done.stderr
    assert not (data / "app").exists()
    assert_user_data_intact(data)
    assert (home / ".local" / "opt" / "cairo-desktop" / "cairo-desktop").is_file()


def test_reinstalling_replaces_the_program_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_user_data(home / ".local" / "share" / "cairo-desktop")
    bundle = make_bundle(tmp_path / "bundle")
    assert run_install(home, str(bundle)).returncode == 0
    (bundle / "_internal" / "new-in-this-version").write_text("x")
    done = run_install(home, str(bundle))
    assert done.returncode == 0, done.stderr
    installed = home / ".local" / "opt"
    assert sorted(p.name for p in installed.iterdir()) == ["cairo-desktop"], "no staging folder left behind"
    assert (installed / "cairo-desktop" / "_internal" / "new-in-this-version").is_file()
    assert_user_data_intact(home / ".local" / "share" / "cairo-desktop")


def test_uninstall_removes_the_program_and_keeps_the_data(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "cairo-desktop"
    assert run_install(home, str(make_bundle(tmp_path / "bundle"))).returncode == 0
    make_user_data(data)
    done = run_install(home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert "kept" in done.stdout
    assert not (home / ".local" / "opt" / "cairo-desktop").exists()
    assert not (home / ".local" / "bin" / "cairo-desktop").exists()
    assert not (home / ".local" / "share" / "applications" / "cairo-desktop.desktop").exists()
    assert not list((home / ".local" / "share" / "icons").rglob("cairo-desktop.png"))
    assert_user_data_intact(data)


def _unquote_exec(value: str) -> list[str]:
    """The command line a launcher reads from an Exec= value (Desktop Entry spec: string escapes first,
    then double-quoted arguments with backslash escapes; "%%" is a percent sign)."""
    string_escapes = {"\\": "\\", "s": " ", "n": "\n", "t": "\t", "r": "\r"}
    value = re.sub(r"\\(.)", lambda m: string_escapes.get(m.group(1), m.group(0)), value)
    arguments = re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', value)
    return [(re.sub(r'\\([\\"`$])', r"\1", quoted) if quoted else plain).replace("%%", "%")
            for quoted, plain in arguments]


def test_menu_entry_starts_the_program_from_a_home_folder_with_spaces_and_quotes(tmp_path: Path) -> None:
    home = tmp_path / "Jean \"JP\" O'Neil $HOME 100% \\ share"
    home.mkdir()
    assert run_install(home, str(make_bundle(tmp_path / "bundle"))).returncode == 0
    entry_file = home / ".local" / "share" / "applications" / "cairo-desktop.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(entry_file, encoding="utf-8")
    command = _unquote_exec(parser["Desktop Entry"]["Exec"])
    assert command == [str(home / ".local" / "opt" / "cairo-desktop" / "cairo-desktop")]
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry_file)], capture_output=True, text=True)
        assert checked.returncode == 0 and "error" not in checked.stdout.lower(), checked.stdout


@pytest.mark.skipif(not Path("/proc/self/exe").exists(), reason="needs /proc to see running programs")
def test_a_running_copy_is_neither_replaced_nor_removed(tmp_path: Path) -> None:
    (tmp_path / "real-home").mkdir()
    home = tmp_path / "home"
    home.symlink_to(tmp_path / "real-home")  # /proc names the program by its real path
    bundle = make_bundle(tmp_path / "bundle")
    assert run_install(home, str(bundle)).returncode == 0
    program = (home / ".local" / "opt" / "cairo-desktop" / "cairo-desktop").resolve()
    running = subprocess.Popen([str(program), "60"])
    try:
        deadline = time.monotonic() + 10
        while os.readlink(f"/proc/{running.pid}/exe") != str(program) and time.monotonic() < deadline:
            time.sleep(0.05)
        for args in ((str(bundle),), ("--uninstall",)):
            done = run_install(home, *args)
            assert done.returncode == 1
            assert f"running from {home / '.local' / 'opt' / 'cairo-desktop'} (process {running.pid})" in done.stderr
            assert program.is_file()
    finally:
        running.kill()
        running.wait()
    assert run_install(home, "--uninstall").returncode == 0
    assert not program.exists()


def test_a_bundle_handed_to_an_office_installs_itself_and_the_installed_copy_removes_itself(tmp_path: Path) -> None:
    """make dist puts install.sh and the menu entry beside the program: the folder alone is enough."""
    bundle = make_bundle(tmp_path / "unpacked" / "cairo-desktop")
    for name in ("install.sh", "cairo-desktop.desktop"):
        shutil.copy2(INSTALL.parent / name, bundle / name)
    home = tmp_path / "home"
    done = run_install(home, script=bundle / "install.sh")
    assert done.returncode == 0, done.stderr
    installed = home / ".local" / "opt" / "cairo-desktop"
    assert (installed / "cairo-desktop").is_file() and (installed / "install.sh").is_file()
    assert (home / ".local" / "share" / "applications" / "cairo-desktop.desktop").is_file()
    make_user_data(home / ".local" / "share" / "cairo-desktop")
    done = run_install(home, "--uninstall", script=installed / "install.sh")
    assert done.returncode == 0, done.stderr
    assert not installed.exists()
    assert_user_data_intact(home / ".local" / "share" / "cairo-desktop")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_an_old_program_folder_that_cannot_be_removed_does_not_stop_the_upgrade(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "cairo-desktop"
    make_bundle(data / "app")
    make_user_data(data)
    data.chmod(0o555)
    try:
        done = run_install(home, str(make_bundle(tmp_path / "bundle")))
    finally:
        data.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert "remove it by hand" in done.stderr
    assert (home / ".local" / "bin" / "cairo-desktop").resolve() == home / ".local" / "opt" / "cairo-desktop" / "cairo-desktop"
    assert (home / ".local" / "share" / "applications" / "cairo-desktop.desktop").is_file()
    assert_user_data_intact(data)
