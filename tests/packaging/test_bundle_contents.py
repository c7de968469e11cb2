"""What the PyInstaller spec puts into the bundle, checked without running a build."""

from __future__ import annotations

import ast
import functools
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_contents as contents  # noqa: E402


@functools.lru_cache(maxsize=1)
def _app_imports() -> frozenset[str]:
    return frozenset(contents.modules_imported_by(sorted((ROOT / "cairo_desktop").rglob("*.py"))))


def test_every_runtime_file_is_bundled_where_paths_looks_for_it() -> None:
    pairs = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in contents.data_files(ROOT)}
    expected = set()
    for folder in ("resources", "db", "forms"):
        for path in (ROOT / folder).rglob("*"):
            relative = path.relative_to(ROOT)
            if path.is_file() and "__pycache__" not in relative.parts and path.suffix not in (".pyc", ".ini", ".ts"):
                expected.add((relative.as_posix(), relative.parent.as_posix()))
    assert pairs == expected
    destinations = {dest for _, dest in pairs}
    assert {"resources/plan", "resources/vocabularies", "resources/fonts", "resources/icons/app",
            "resources/translations", "db", "db/versions"} <= destinations
    bundled = {Path(src).name for src, _ in pairs}
    assert {"cairo_en.qm", "cairo_fr.qm", "cairo_ar.qm"} <= bundled, "the interface translations the app loads"


def test_caches_and_developer_files_stay_out(tmp_path: Path) -> None:
    (tmp_path / "db" / "versions" / "__pycache__").mkdir(parents=True)
    (tmp_path / "db" / "versions" / "__pycache__" / "0001.cpython-311.pyc").write_bytes(b"x")
    (tmp_path / "db" / "versions" / "0001_initial.py").write_text("import alembic\n")
    (tmp_path / "db" / "alembic.ini").write_text("[alembic]\n")
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "Thumbs.db").write_bytes(b"x")
    (tmp_path / "resources" / "plan.json").write_text("{}")
    (tmp_path / "resources" / "translations").mkdir()
    (tmp_path / "resources" / "translations" / "cairo_fr.ts").write_text("<TS/>")  # translators' source
    (tmp_path / "resources" / "translations" / "cairo_fr.qm").write_bytes(b"x")
    sources = sorted(Path(src).relative_to(tmp_path).as_posix() for src, _ in contents.data_files(tmp_path))
    assert sources == ["db/versions/0001_initial.py", "resources/plan.json", "resources/translations/cairo_fr.qm"]


def test_modules_the_migrations_import_are_hidden_imports_that_exist() -> None:
    hidden = contents.migration_imports(ROOT)
    imported = contents.modules_imported_by(sorted((ROOT / "db").rglob("*.py"))) - {"__future__"}
    assert imported <= set(hidden)
    assert {"alembic.op", "cairo_desktop.store.models"} <= set(hidden)
    missing = [name for name in hidden if importlib.util.find_spec(name) is None]
    assert missing == []


def _module_level_imports() -> set[str]:
    """Modules the app's files import as soon as they are loaded (statements at the top of a file)."""
    names: set[str] = set()
    for file in sorted((ROOT / "cairo_desktop").rglob("*.py")):
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def _clashes(imported: set[str] | frozenset[str], excluded: str) -> list[str]:
    return sorted(name for name in imported if name == excluded or name.startswith(excluded + "."))


@pytest.mark.parametrize("excluded", contents.excluded_modules())
def test_the_app_imports_nothing_the_bundle_leaves_out(excluded: str) -> None:
    if excluded in contents.IMPORTED_ONLY_ON_ROADS_NOT_BUNDLED:
        clashes = _clashes(_module_level_imports(), excluded)
        assert clashes == [], f"cairo_desktop imports {clashes} when a file loads; the bundle has no {excluded}"
        return
    clashes = _clashes(_app_imports(), excluded)
    assert clashes == [], f"cairo_desktop imports {clashes}, which packaging/bundle_contents.py excludes"


def test_modules_imported_only_on_roads_not_bundled_are_left_out() -> None:
    assert set(contents.IMPORTED_ONLY_ON_ROADS_NOT_BUNDLED) <= set(contents.EXCLUDED_PYTHON)


def test_qt_modules_the_app_uses_are_not_excluded() -> None:
    used = {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtSvg"}
    assert used.isdisjoint(contents.EXCLUDED_QT)


@pytest.mark.parametrize(("destination", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_ar.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
    ("PySide6/Qt/translations/qt_help_fr.qm", False),  # Qt Assistant's, never loaded
    ("PySide6/Qt/translations/qt_ar.qm", False),  # a catalogue of catalogues; gui/i18n loads qtbase_*
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/plugins/imageformats/qwebp.dll", False),  # Windows names have no "lib"
    ("PySide6/Qt/plugins/platforms/qminimal.dll", False),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("resources/fonts/DejaVuSans.ttf", True),
])
def test_qt_plugins_translations_and_libraries_are_filtered(destination: str, kept: bool) -> None:
    assert contents.keep_binary_or_data(destination) is kept


def test_libraries_only_dropped_plugins_needed_are_pruned() -> None:
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),  # only the dropped GTK theme used it
        ("libdbus-1.so.3", "/usr/lib/libdbus-1.so.3", "BINARY"),  # dlopen()ed by QtDBus: always kept
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
    ]
    needs = {
        "/src/QtGui.abi3.so": {"libQt6Gui.so.6"},
        "/src/libqxcb.so": {"libQt6XcbQpa.so.6", "libQt6Gui.so.6"},
        "/src/libQt6XcbQpa.so.6": {"libxcb-cursor.so.0"},
    }
    kept = contents.prune_unreferenced(entries, lambda path: needs.get(path, set()))
    assert [e[0] for e in kept] == [e[0] for e in entries if e[0] != "libgtk-3.so.0"]


def test_symlinks_to_dropped_libraries_are_dropped() -> None:
    entries = [
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libfoo.so", "libfoo.so.6", "SYMLINK"),
    ]
    present = {"PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib/libfoo.so.6"}
    kept = contents.drop_dangling_symlinks(entries, present)
    assert [e[0] for e in kept] == ["libQt6Gui.so.6", "PySide6/Qt/lib/libfoo.so"]


@pytest.mark.parametrize(("destination", "left_to_the_system"), [
    ("libstdc++.so.6", True), ("libgcc_s.so.1", True), ("libexpat.so.1", True), ("libcups.so.2", True),
    ("PySide6/Qt/lib/libQt6Core.so.6", False), ("libfontconfig.so.1", False), ("libpython3.11.so.1.0", False),
])
def test_libraries_every_desktop_has_are_left_to_the_system(destination: str, left_to_the_system: bool) -> None:
    assert contents.is_system_library(destination) is left_to_the_system
    assert set(contents.SYSTEM_LIBRARIES) <= set(contents.EXPECTED_FROM_SYSTEM)


def test_pruning_follows_what_each_binary_names_itself() -> None:
    """objdump's NEEDED lines, not ldd's list, which adds what a system library needs in turn."""
    objdump = """
Dynamic Section:
  NEEDED               libcups.so.2
  NEEDED               libQt6Gui.so.6
  RUNPATH              $ORIGIN/../../lib
  SONAME               libcupsprintersupport.so
"""
    assert contents.direct_needs(objdump) == {"libcups.so.2", "libQt6Gui.so.6"}
    entries = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/src/libcupsprintersupport.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libgnutls.so.30", "/usr/lib/libgnutls.so.30", "BINARY"),  # libcups's own need, libcups left out
    ]
    needs = {"/src/libcupsprintersupport.so": contents.direct_needs(objdump)}
    kept = contents.prune_unreferenced(entries, lambda path: needs.get(path, set()))
    assert [e[0] for e in kept] == [e[0] for e in entries[:2]]


def test_needed_libraries_falls_back_to_pyinstallers_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contents.shutil, "which", lambda name: None)
    assert contents.needed_libraries("/src/x.so", lambda path: {"libfrom-ldd.so.1"}) == {"libfrom-ldd.so.1"}
