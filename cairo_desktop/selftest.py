"""``cairo-desktop --selftest``: prove that this installation works, end to end, in one minute.

Field offices get a bundled program, not a Python checkout; when something is missing from the
bundle (a migration, a font, a Qt plugin) the only honest check is to use it. In a temporary
folder the self-test creates and migrates a database, adds activities, exports a package, imports
it into a second database, renders summary PDFs and opens and closes the main window offscreen.
Each step reports its own failure; a part not built into this version fails as "not available in
this build", never silently passes. Prints one line and returns 0, or lists what failed and
returns 1. The user's own folders are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from cairo_desktop import APP_NAME, __version__

NOT_AVAILABLE = "not available in this build"
ACTIVITY_TITLES = (
    "Self-test: training of border officials",
    "Auto-test : atelier sur la protection des victimes",
    "اختبار ذاتي: حملة توعية بمخاطر الهجرة غير النظامية",
)


class StepFailed(Exception):
    """A step found something wrong; the message says what, for a person."""


@dataclass
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def _activity(title: str, action: str) -> dict[str, Any]:
    return {
        "title": title, "action": action, "status": "implementation", "activity_type": "training",
        "planned_start": "2025-03-01", "planned_end": "2025-04-30", "place": "Metema",
        "countries": [{"country": "ETH", "role": "origin"}, {"country": "SDN", "role": "transit"}],
        "approaches": ["human_rights", "gender_vulnerable"],
        "organisations": [{"name": "IOM", "role": "implementing", "type": "40"}],
        "budget_amount": 12000, "currency": "EUR",
        "people": [{"group": "OFF", "sex": "f", "age": "adults", "targeted": 12, "reached": 10},
                   {"group": "OFF", "sex": "m", "age": "adults", "targeted": 15, "reached": 14}],
    }


def _part(owner: Any, attribute: str, label: str) -> Any:
    part = getattr(owner, attribute, None)
    if part is None:
        raise StepFailed(f"{NOT_AVAILABLE} ({label} is missing)")
    return part


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _check_pdf(path: Path) -> None:
    _check(path.is_file(), f"no PDF was written at {path}")
    data = path.read_bytes()
    _check(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], f"{path.name} is not a complete PDF")


class SelfTest:
    """The steps, in order, sharing one temporary folder and the services they open."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.field: Any = None
        self.coordinator: Any = None
        self.package: Path | None = None

    def steps(self) -> list[tuple[str, Callable[[], str], tuple[str, ...]]]:
        return [
            ("resources", self.resources, ()),
            ("database", self.database, ()),
            ("activities", self.activities, ("database",)),
            ("export", self.export, ("activities",)),
            ("import", self.import_, ("export",)),
            ("pdf", self.pdf, ("activities",)),
            ("window", self.window, ("database",)),
        ]

    def resources(self) -> str:
        from cairo_desktop import paths
        from cairo_desktop.domain.catalogue import load_plan
        from cairo_desktop.domain.vocabularies import load_vocabularies

        plan = load_plan()
        _check(len(plan.domains) == 5 and len(plan.approaches) == 5, "the plan catalogue is incomplete")
        _check("ETH" in load_vocabularies().countries, "the country list is missing Ethiopia")
        fonts = {p.name for p in paths.resource("fonts").glob("*.ttf")}
        _check({"DejaVuSans.ttf", "NotoSansArabic-Regular.ttf"} <= fonts, f"fonts missing (found {sorted(fonts)})")
        _check(any(paths.migrations_dir().joinpath("versions").glob("*.py")), "no migrations found")
        _check(paths.resource("icons", "app", "cairo-desktop-256.png").is_file(), "the application icon is missing")
        return f"found in {paths.resources_dir().parent}"

    def database(self) -> str:
        from cairo_desktop.services import open_services
        from cairo_desktop.store.migrate import current_revision, head_revision

        self.field = open_services(self.folder / "field.db", author="selftest")
        revision = current_revision(self.field.database.engine)
        _check(revision == head_revision(), f"schema is at {revision}, not at {head_revision()}")
        self.field.installation.initialise("SELFTEST-FLD", "Self-test field office", "field", "ETH")
        return f"schema {revision}"

    def activities(self) -> str:
        from cairo_desktop.domain.filters import ActivityFilter

        actions = ("1.1", "3.2", "4.1")
        saved = self.field.activities.add_many([_activity(t, a) for t, a in zip(ACTIVITY_TITLES, actions)])
        edited = self.field.activities.edit(saved[0].id, {"place": "Gallabat"}, saved[0].rev)
        _check(edited.place == "Gallabat", "an edit was not saved")
        _check(self.field.activities.count(ActivityFilter()) == 3, "the database does not hold 3 activities")
        _check(len(self.field.activities.history(saved[0].id)) == 2, "the edit left no second revision")
        return "3 added, 1 edited"

    def export(self) -> str:
        sync = _part(self.field, "sync", "services.sync")
        export_package = _part(sync, "export_package", "services.sync.export_package")
        summary = export_package(self.folder / "selftest-package.xlsx")
        self.package = Path(summary.path)
        _check(self.package.is_file(), f"the package {self.package} was not written")
        _check(summary.activities == 3, f"the package holds {summary.activities} activities, not 3")
        return f"{self.package.name}, {self.package.stat().st_size // 1024} KB"

    def import_(self) -> str:
        from cairo_desktop.domain.filters import ActivityFilter
        from cairo_desktop.services import open_services

        self.coordinator = open_services(self.folder / "coordinator.db", author="selftest")
        self.coordinator.installation.initialise("SELFTEST-HQ", "Self-test coordination", "coordinator")
        sync = _part(self.coordinator, "sync", "services.sync")
        import_packages = _part(sync, "import_packages", "services.sync.import_packages")
        reports = import_packages([self.package])
        refused = [report.message for report in reports if not report.ok]
        _check(not refused, "the package was refused: " + "; ".join(refused))
        titles = {a.title for a in self.coordinator.activities.find(ActivityFilter())}
        _check(titles == set(ACTIVITY_TITLES), f"the second database holds {sorted(titles)}")
        return "3 activities in the second database"

    def pdf(self) -> str:
        from cairo_desktop.domain.filters import ActivityFilter

        reports = _part(self.field, "reports", "services.reports")
        summary_pdf = _part(reports, "summary_pdf", "services.reports.summary_pdf")
        sizes = []
        for lang in ("en", "ar"):
            path = Path(summary_pdf(self.folder / f"summary-{lang}.pdf", ActivityFilter(), lang=lang))
            _check_pdf(path)
            sizes.append(f"{lang} {path.stat().st_size // 1024} KB")
        return ", ".join(sizes)

    def window(self) -> str:
        if "PySide6.QtWidgets" not in sys.modules:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read when the QApplication is made
        from PySide6.QtCore import QEventLoop, QSettings, QtMsgType, QTimer, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        try:
            from cairo_desktop.gui.main_window import MainWindow
        except ModuleNotFoundError as error:
            if error.name == "cairo_desktop.gui.main_window":
                raise StepFailed(f"{NOT_AVAILABLE} (cairo_desktop.gui.main_window is missing)") from None
            raise
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "cairo-desktop"])
        errors: list[str] = []
        previous_hook = sys.excepthook
        sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")

        def on_qt_message(kind: QtMsgType, _context: Any, message: str) -> None:
            # Offscreen warnings ("does not support propagateSizeHints") are noise; criticals are not.
            if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                errors.append(f"Qt: {message}")

        previous_handler = qInstallMessageHandler(on_qt_message)
        try:
            # Its own settings file: the window's layout and language must not reach the user's settings.
            settings = QSettings(str(self.folder / "window.ini"), QSettings.Format.IniFormat)
            window = MainWindow(self.field, settings)
            window.show()
            loop = QEventLoop()
            QTimer.singleShot(300, loop.quit)
            loop.exec()
            _check(window.isVisible(), "the main window did not show")
            from cairo_desktop.gui.about_dialog import AboutDialog, app_icon

            _check(not app_icon().isNull(), "the application icon cannot be loaded")
            about = AboutDialog(self.field, window)
            about.show()
            app.processEvents()
            _check("SELFTEST-FLD" in about.details_text(), "the about dialog does not name the office")
            about.close()
            window.close()
            app.processEvents()
            window.deleteLater()
            app.processEvents()
        finally:
            sys.excepthook = previous_hook
            qInstallMessageHandler(previous_handler)
        _check(not errors, "the window raised: " + "; ".join(errors))
        return f"main window and about dialog opened and closed on the '{app.platformName()}' platform"

    def close(self) -> None:
        for services in (self.field, self.coordinator):
            if services is not None:
                services.close()


@contextmanager
def _isolated_user_folders(folder: Path) -> Iterator[None]:
    """Point CAIRO_HOME into the temporary folder so backups and logs never reach the user's."""
    saved = {name: os.environ.get(name) for name in ("CAIRO_HOME", "CAIRO_DATABASE_URL")}
    os.environ["CAIRO_HOME"] = str(folder / "home")
    os.environ.pop("CAIRO_DATABASE_URL", None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_steps(folder: Path) -> list[StepResult]:
    test = SelfTest(folder)
    results: dict[str, StepResult] = {}
    try:
        for name, step, needs in test.steps():
            started = time.monotonic()
            missing = [need for need in needs if not results[need].ok]
            if missing:
                results[name] = StepResult(name, False, f"not run: needs {', '.join(missing)}", 0.0)
                continue
            try:
                results[name] = StepResult(name, True, step(), time.monotonic() - started)
            except StepFailed as error:
                results[name] = StepResult(name, False, str(error), time.monotonic() - started)
            except Exception as error:  # a bug: say where, for the bug report
                where = traceback.extract_tb(error.__traceback__)[-1]
                detail = f"{type(error).__name__}: {error} (at {Path(where.filename).name}:{where.lineno})"
                results[name] = StepResult(name, False, detail, time.monotonic() - started)
                traceback.print_exception(error, file=sys.stderr)
    finally:
        test.close()
    return list(results.values())


def run_selftest() -> int:
    """Run every step; print a one-line report (and each failure on stderr); 0 when all passed."""
    started = time.monotonic()
    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    with tempfile.TemporaryDirectory(prefix="cairo-selftest-") as temporary:
        folder = Path(temporary)
        with _isolated_user_folders(folder):
            results = run_steps(folder)
    elapsed = time.monotonic() - started
    failed = [result for result in results if not result.ok]
    header = f"{APP_NAME} {__version__} self-test ({kind})"
    if not failed:
        names = ", ".join(result.name for result in results)
        print(f"{header} passed: {len(results)} steps in {elapsed:.1f} s ({names})")
        return 0
    for result in failed:
        print(f"  {result.name}: {result.detail}", file=sys.stderr)
    sys.stderr.flush()
    names = ", ".join(f"{result.name} ({result.detail})" for result in failed)
    print(f"{header} FAILED: {len(failed)} of {len(results)} steps: {names}")
    return 1
