"""packaging/entry.py: programs the bundled app starts get the user's environment, not the bundle's."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("cairo_bundle_entry", ROOT / "packaging" / "entry.py")
assert _spec is not None and _spec.loader is not None
entry = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(entry)  # not run as __main__: defines the function, changes nothing

BUNDLE_SETTINGS = {
    "LD_LIBRARY_PATH": "/opt/cairo-desktop/_internal",
    "QT_PLUGIN_PATH": "/opt/cairo-desktop/_internal/PySide6/Qt/plugins",
    "QML2_IMPORT_PATH": "/opt/cairo-desktop/_internal/PySide6/Qt/qml",
}


def test_children_get_no_library_path_when_the_user_had_none() -> None:
    environ = dict(BUNDLE_SETTINGS, PATH="/usr/bin", HOME="/home/amina")
    entry.restore_child_environment(environ)
    assert environ == {"PATH": "/usr/bin", "HOME": "/home/amina"}


def test_children_get_back_the_library_path_the_user_had() -> None:
    environ = dict(BUNDLE_SETTINGS, LD_LIBRARY_PATH="/opt/cairo-desktop/_internal:/opt/site/lib",
                   LD_LIBRARY_PATH_ORIG="/opt/site/lib")
    entry.restore_child_environment(environ)
    assert environ == {"LD_LIBRARY_PATH": "/opt/site/lib"}


def test_outside_a_bundle_the_entry_script_leaves_the_environment_alone(tmp_path: Path) -> None:
    env = dict(os.environ, **BUNDLE_SETTINGS, CAIRO_HOME=str(tmp_path))
    script = "\n".join([
        "import os, runpy, sys",
        "sys.argv = ['cairo-desktop', '--version']",
        "try:",
        f"    runpy.run_path({str(ROOT / 'packaging' / 'entry.py')!r}, run_name='__main__')",
        "except SystemExit:",
        "    pass",
        "print(os.environ['LD_LIBRARY_PATH'], os.environ['QT_PLUGIN_PATH'])",
    ])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"{BUNDLE_SETTINGS['LD_LIBRARY_PATH']} {BUNDLE_SETTINGS['QT_PLUGIN_PATH']}"


@pytest.mark.parametrize("name", ["LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH"])
def test_every_variable_the_bundle_sets_for_itself_is_handled(name: str) -> None:
    environ = {name: "bundle"}
    entry.restore_child_environment(environ)
    assert name not in environ
