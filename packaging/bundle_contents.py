"""What goes into the PyInstaller bundle, and what stays out, as plain data.

The spec file (``cairo-desktop.spec``) only wires these lists into PyInstaller; keeping them here
lets the tests check them without running a build: every run-time file of ``resources/``, ``db/``
and ``forms/`` is listed, every module a migration imports is a hidden import, and no Qt module
the app imports is excluded.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent

# Folders the app reads at run time, and where cairo_desktop.paths looks for them under sys._MEIPASS.
DATA_FOLDERS = {"resources": "resources", "db": "db", "forms": "forms"}
SKIPPED_NAMES = {"__pycache__", ".DS_Store", "Thumbs.db"}
# db/alembic.ini is for developers' `alembic` runs only; translations load from the compiled .qm files,
# their .ts sources are for translators.
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".ini", ".ts"}

# The app's interface languages; Qt's own translations for other languages are dropped, and of its
# catalogues only qtbase (dialog buttons, file dialogs), the one gui/i18n.py loads, is kept.
UI_LANGUAGES = ("en", "fr", "ar")
QT_CATALOGUE = "qtbase"

# Qt modules the app does not use. PyInstaller collects only what is imported, so this list is a
# guard against a library dragging one in; tests/packaging checks the app imports none of them.
EXCLUDED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
)

# Python bindings PyInstaller's Qt hooks add because a used Qt library links the C++ library
# (QtCharts -> OpenGL, QtPdf -> Network, DBus). The C++ libraries stay; the app never imports these.
EXCLUDED_QT_BINDINGS = ("QtDBus", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets")

# Development and test tools, and heavy libraries only benchmarks or tests use.
EXCLUDED_PYTHON = (
    "tests", "benchmarks", "pytest", "_pytest", "pytestqt", "hypothesis", "pandas", "numpy",
    "pypdf", "pdfplumber", "pdfminer", "pypdfium2", "importlinter", "grimp", "psycopg",
    "psycopg_binary", "tkinter", "_tkinter", "IPython", "matplotlib", "setuptools", "pip",
    "pycountry", "PyInstaller",
    # reportlab imports Pillow's core; the image codecs and font and colour-management extensions
    # it would bring (AVIF, WebP, FreeType, LittleCMS, Tk) are never used by the reports.
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageTk",
    "PIL.ImageQt",
    # openpyxl uses lxml.etree only (to write packages faster); the rest of lxml is never imported.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder", "lxml.cssselect",
    # Reached only from modules the app never runs, yet followed by the analysis (3.5 MB): Cython and
    # pyximport through SQLAlchemy's pure-Python fallbacks (its compiled modules are bundled), Pygments
    # through Mako's highlighter and reportlab's pygments2xpre, charset_normalizer through reportlab's
    # rparsexml, and the debugging and testing modules of the standard library through doctest blocks.
    "Cython", "cython", "pyximport", "pygments", "charset_normalizer", "doctest", "pdb", "pydoc",
    "pydoc_data", "unittest",
)

# Left out although the app imports them, inside the functions of the one road that needs them: psycopg
# on the PostgreSQL road (store/postgres_copy.py), which a bundle never takes, having no PostgreSQL driver.
IMPORTED_ONLY_ON_ROADS_NOT_BUNDLED = ("psycopg",)

# Qt plugin folders that a widgets app on Linux, Windows or macOS never loads.
EXCLUDED_QT_PLUGIN_DIRS = (
    "assetimporters", "canbus", "designer", "egldeviceintegrations", "generic", "geometryloaders",
    "geoservices", "multimedia", "position", "qmltooling", "renderers", "renderplugins",
    "sceneparsers", "scxmldatamodel", "sensors", "sqldrivers", "texttospeech", "webview",
)
# Single plugins left out (named without the "lib" that Linux and macOS put before them): embedded-device
# platforms, the on-screen keyboard (needs QtQuick), the GTK theme (it would drag the build machine's
# GTK, Pango and Cairo into the bundle; Qt's own Fusion style looks the same on every distribution),
# and image formats the app never reads (its images are PNG, and SVG or ICO in icon themes; QtPdf
# renders the report preview itself). Linux keeps xcb, wayland and offscreen.
EXCLUDED_QT_PLUGINS = (
    "qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvkkhrdisplay", "qvnc",
    "qtvirtualkeyboardplugin", "qgtk3",
    "qicns", "qpdf", "qtga", "qtiff", "qwbmp", "qwebp",
)
# Left to the system on Linux: every desktop distribution has them, and the build machine's copies
# raised the glibc the bundle needs (Debian 12's libstdc++, libexpat and libcups want glibc 2.36, so
# the bundle refused Ubuntu 22.04 LTS's 2.35). A bundled libstdc++ also clashes with the graphics
# drivers of newer distributions. Without the system's libcups, Qt only prints to PDF files.
SYSTEM_LIBRARIES = ("libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1", "libcups.so.2")
# Everything a bundled Linux binary may link to without the bundle carrying it: glibc's libraries,
# the display's client libraries (libGL, libEGL, libxcb, Wayland's), and SYSTEM_LIBRARIES. Each is on
# every desktop install; docs/PACKAGING.md lists them for the person installing.
EXPECTED_FROM_SYSTEM = (
    "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libc.so.6", "libm.so.6", "libdl.so.2",
    "libpthread.so.0", "librt.so.1", "libresolv.so.2", "libutil.so.1",
    "libGL.so.1", "libEGL.so.1", "libOpenGL.so.0", "libGLX.so.0", "libxcb.so.1",
    "libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1",
) + SYSTEM_LIBRARIES
# Libraries Qt opens with dlopen() at run time, so no other binary names them as a dependency.
DLOPENED = ("libdbus-1.so", "libssl.so", "libcrypto.so")


def _wanted(path: Path, base: Path) -> bool:
    relative = path.relative_to(base)
    return path.is_file() and not (set(relative.parts) & SKIPPED_NAMES) and path.suffix not in SKIPPED_SUFFIXES


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs, one per file, as PyInstaller's ``datas`` wants."""
    pairs: list[tuple[str, str]] = []
    for folder, destination in DATA_FOLDERS.items():
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if _wanted(path, base):
                relative_parent = path.parent.relative_to(base)
                pairs.append((str(path), str(Path(destination) / relative_parent)))
    return pairs


def modules_imported_by(files: list[Path]) -> set[str]:
    """Top-level and dotted module names imported by Python files (read as text, never run)."""
    names: set[str] = set()
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


# Imported through exec() by a library, so invisible to PyInstaller: reportlab's C accelerators.
EXEC_IMPORTS = ("_rl_accel",)


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules that db/env.py and the migrations import: Alembic loads them from source at run
    time, so PyInstaller's analysis of the app never sees these imports."""
    files = sorted((root / "db").rglob("*.py"))
    wanted = {"alembic.op", "alembic.context", "alembic.runtime.migration", "alembic.ddl.sqlite",
              "alembic.ddl.postgresql", "sqlalchemy.dialects.sqlite"}
    return sorted(wanted | {name for name in modules_imported_by(files) if name != "__future__"})


def excluded_modules() -> list[str]:
    return [f"PySide6.{name}" for name in EXCLUDED_QT + EXCLUDED_QT_BINDINGS] + list(EXCLUDED_PYTHON)


def keep_binary_or_data(destination: str) -> bool:
    """False for Qt plugins and translations the app never loads (paths as PyInstaller's TOC has them)."""
    parts = Path(destination).parts
    if "PySide6" not in parts or "Qt" not in parts:
        return True
    after_qt = parts[parts.index("Qt") + 1:]
    if len(after_qt) >= 2 and after_qt[0] == "plugins":
        plugin = Path(parts[-1]).name.split(".")[0]
        plugin = plugin[3:] if plugin.startswith("lib") else plugin  # libqtiff.so, qtiff.dll
        return after_qt[1] not in EXCLUDED_QT_PLUGIN_DIRS and plugin not in EXCLUDED_QT_PLUGINS
    if after_qt and after_qt[0] == "translations":
        stem = Path(parts[-1]).stem  # qtbase_fr, qt_help_ar, ...
        catalogue, _, language = stem.rpartition("_")
        return catalogue == QT_CATALOGUE and language in UI_LANGUAGES
    if after_qt and after_qt[0] == "lib":
        library = parts[-1]
        return not any(f"Qt6{name[2:]}." in library for name in EXCLUDED_QT)
    return True


def is_system_library(destination: str) -> bool:
    """True for a library left to the system on Linux (SYSTEM_LIBRARIES), wherever PyInstaller put it."""
    return Path(destination).name in SYSTEM_LIBRARIES


def _is_prunable(destination: str, typecode: str) -> bool:
    """A plain shared library that is in the bundle only because something linked to it."""
    parts = Path(destination).parts
    if typecode != "BINARY" or "plugins" in parts:
        return False
    name = parts[-1]
    if name.startswith("libpython") or any(name.startswith(keep) for keep in DLOPENED):
        return False
    return ".so" in name


def prune_unreferenced(entries: list[tuple[str, str, str]],
                       needed_of: Callable[[str], set[str]]) -> list[tuple[str, str, str]]:
    """Drop shared libraries (and symlinks to them) that no kept binary needs any more.

    After plugins are filtered out, the libraries only they linked to (GTK, Pango, EGL device
    support, QtQuick for the virtual keyboard) are still in PyInstaller's list; this walks the
    dependencies from everything that is not a plain library (extensions, plugins, the Python
    library) and keeps what is reached. ``needed_of(source path)`` gives the library file names
    a binary links to. Linux only: elsewhere the build keeps PyInstaller's list as it is.
    """
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        if _is_prunable(entry[0], entry[2]):
            by_name.setdefault(Path(entry[0]).name, []).append(entry)
    pending = [e for e in entries if e[2] != "SYMLINK" and not _is_prunable(e[0], e[2])]
    reached: set[str] = set()
    while pending:
        entry = pending.pop()
        for name in needed_of(entry[1]):
            if name in by_name and name not in reached:
                reached.add(name)
                pending.extend(by_name[name])
    return [e for e in entries if not _is_prunable(e[0], e[2]) or Path(e[0]).name in reached]


def direct_needs(objdump_output: str) -> set[str]:
    """The libraries a binary names itself: the NEEDED lines of ``objdump -p``."""
    needs: set[str] = set()
    for line in objdump_output.splitlines():
        words = line.split()
        if len(words) == 2 and words[0] == "NEEDED":
            needs.add(words[1])
    return needs


def needed_libraries(path: str, fallback: Callable[[str], set[str]]) -> set[str]:
    """What ``prune_unreferenced`` walks: the libraries ``path`` links to directly.

    PyInstaller's own answer (``fallback``) comes from ldd, which also lists what those libraries
    need in turn: a plugin linked to a library left to the system (libcups) would keep that
    library's own dependencies (GnuTLS, Avahi: 2.5 MB) in the bundle for nothing. objdump (binutils,
    which the build uses to strip anyway) reads the binary's own list; without it, ldd's is used.
    """
    objdump = shutil.which("objdump")
    if objdump:
        done = subprocess.run([objdump, "-p", path], capture_output=True, text=True)
        if done.returncode == 0:
            return direct_needs(done.stdout)
    return fallback(path)


def drop_dangling_symlinks(entries: list[tuple[str, str, str]],
                           present: set[str]) -> list[tuple[str, str, str]]:
    """Symlinks (PyInstaller lists them among the data) whose target is no longer in the bundle."""
    return [e for e in entries if e[2] != "SYMLINK" or _symlink_target(e) in present]


def _symlink_target(entry: tuple[str, str, str]) -> str:
    """Where a SYMLINK entry points, as a bundle path (its source is relative to its folder)."""
    return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])).replace(os.sep, "/")
