"""After an import: a warning only the import itself can give (no backup could be made before it, as on a PostgreSQL server
without pg_dump) is shown once the import is done, in the interface language; the preview could not."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


def _without_backup(services, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Give the real import's first report the warning the PostgreSQL path adds when pg_dump is missing."""
    real = services.sync.import_packages

    def import_packages(*args, **kwargs):  # type: ignore[no-untyped-def]
        reports = real(*args, **kwargs)
        if not kwargs.get("dry_run"):
            reports[0].warnings.insert(0, "No backup was made (pg_dump not found).")
            reports[0].warning_data.insert(0, {"kind": "no_backup", "reason": "not_found", "detail": ""})
        return reports

    monkeypatch.setattr(services.sync, "import_packages", import_packages)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "No backup of the database was made before this import"),
    ("fr", "Aucune sauvegarde de la base de données n'a été faite avant cet import"),
])
def test_the_missing_backup_is_said_after_the_import(make_window, make_services, answers, qtbot, monkeypatch,
                                                      tmp_path: Path, lang: str, expected: str) -> None:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity(title="Dialogue"))
    package = tmp_path / "eth-add-1.xlsx"
    field.sync.export_package(package)
    coordinator = make_services("KP-SEC", "coordinator", country="")
    _without_backup(coordinator, monkeypatch)
    window = make_window(coordinator)
    window.set_language(lang)
    window.commands.apply_import([package])
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30_000)
    kind, _title, text = answers.asked[-1]
    assert kind == "warning" and expected in text and "pg_dump" in text
    assert coordinator.activities.count(ActivityFilter()) == 1  # the import itself went on


def test_an_import_with_a_backup_says_nothing_more(make_window, make_services, answers, qtbot, tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity(title="Dialogue"))
    package = tmp_path / "eth-add-1.xlsx"
    field.sync.export_package(package)
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.commands.apply_import([package])
    qtbot.waitUntil(lambda: not window.jobs.busy and coordinator.activities.count(ActivityFilter()) == 1,
                    timeout=30_000)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=5_000)
    assert answers.asked == []


def test_a_failure_in_a_later_package_still_shows_the_packages_imported_before_it(make_window, make_services, answers,
                                                                                 qtbot, monkeypatch,
                                                                                 tmp_path: Path) -> None:
    from cairo_desktop.errors import UserError

    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity(title="Dialogue"))
    first = tmp_path / "eth-add-1.xlsx"
    field.sync.export_package(first)
    coordinator = make_services("KP-SEC", "coordinator", country="")
    real = coordinator.sync.import_packages

    def fails_on_the_second(files, **kwargs):  # type: ignore[no-untyped-def]
        real(files[:1], **kwargs)  # committed in its own transaction
        raise UserError("Cannot write the database: the disk is full.")

    monkeypatch.setattr(coordinator.sync, "import_packages", fails_on_the_second)
    window = make_window(coordinator)
    assert window.model.rowCount() == 0
    window.commands.apply_import([first, tmp_path / "eth-add-2.xlsx"])
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30_000)
    assert "the disk is full" in answers.asked[-1][2]
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5_000)
