"""The bundle's runtime hooks: what they change, and that the spec runs every one of them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_contents as contents  # noqa: E402

_spec = importlib.util.spec_from_file_location("rthook_child_environment",
                                               ROOT / "packaging" / "rthook_child_environment.py")
assert _spec is not None and _spec.loader is not None
child_environment = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(child_environment)  # not frozen: defines the function, changes nothing


def test_children_get_no_library_path_when_the_user_had_none() -> None:
    environ = {"LD_LIBRARY_PATH": "/opt/cairo-desktop/_internal", "PATH": "/usr/bin"}
    child_environment.restore_library_path(environ)
    assert environ == {"PATH": "/usr/bin"}


def test_children_get_back_the_library_path_the_user_had() -> None:
    environ = {"LD_LIBRARY_PATH": "/opt/cairo-desktop/_internal:/opt/site/lib", "LD_LIBRARY_PATH_ORIG": "/opt/site/lib"}
    child_environment.restore_library_path(environ)
    assert environ == {"LD_LIBRARY_PATH": "/opt/site/lib"}


def test_importing_the_hook_outside_a_bundle_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/somewhere")
    _spec.loader.exec_module(importlib.util.module_from_spec(_spec))  # type: ignore[union-attr]
    import os

    assert os.environ["LD_LIBRARY_PATH"] == "/somewhere"


def test_the_spec_runs_every_runtime_hook_and_they_exist() -> None:
    spec = (ROOT / "packaging" / "cairo-desktop.spec").read_text(encoding="utf-8")
    assert "runtime_hooks=contents.runtime_hooks(ROOT)" in spec
    hooks = [Path(path) for path in contents.runtime_hooks(ROOT)]
    assert hooks and all(path.is_file() for path in hooks)
    assert {path.name for path in hooks} == {p.name for p in (ROOT / "packaging").glob("rthook_*.py")}
