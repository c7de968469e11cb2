"""Backups of a PostgreSQL database by pg_dump before an import and before a schema upgrade.

The requirement says an import is preceded by a backup of the database. On PostgreSQL that is a
``pg_dump`` custom-format dump in the backups folder; where pg_dump is missing or fails (a
coordinator's Windows desktop usually has none), the import still runs and its report says that no
backup was made, why, and what to do.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
from pathlib import Path
from typing import Any, Iterator

import pytest
from alembic import command
from sqlalchemy.engine import make_url

from cairo_desktop import paths
from cairo_desktop.services import Services, open_services
from cairo_desktop.store import backup
from cairo_desktop.store.engine import make_engine
from cairo_desktop.store.migrate import alembic_config, upgrade_to_head
from cairo_desktop.sync.report import ImportReport
from tests.conftest import sample_activity
from tests.postgres_cluster import find_binary

pytestmark = pytest.mark.postgres

PASSWORD = "S3cret-never-on-argv"


def _open_coordinator(url: str) -> Services:
    services = open_services(database_url=url, author="amina")
    services.installation.initialise("COORD", "Coordination", "coordinator", "EGY")
    return services


@pytest.fixture
def coordinator(postgres_url: str) -> Iterator[Services]:
    services = _open_coordinator(postgres_url)
    yield services
    services.close()


@pytest.fixture
def package(field_office: Services, tmp_path: Path) -> Path:
    """A signed package of one activity from the field office."""
    field_office.activities.add(sample_activity())
    path = tmp_path / "from-field.xlsx"
    field_office.sync.export_package(path, full=True)
    return path


def _backups() -> list[Path]:
    return sorted(path for path in paths.backups_dir().iterdir())


def _no_backup_warning(report: ImportReport) -> tuple[str, dict[str, Any]]:
    [(text, data)] = [(text, data) for text, data in zip(report.warnings, report.warning_data)
                      if data.get("kind") == "no_backup"]
    return text, data


def _fake_pg_dump(folder: Path, script: str) -> Path:
    """An executable named pg_dump in ``folder`` running ``script`` (sh)."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "pg_dump"
    program.write_text("#!/bin/sh\n" + script)
    program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return program


def test_an_import_leaves_a_dump_that_pg_restore_reads(coordinator: Services, package: Path) -> None:
    [report] = coordinator.sync.import_packages([package])
    assert report.ok, report
    assert not [data for data in report.warning_data if data.get("kind") == "no_backup"]
    [dump] = _backups()
    assert dump.name.startswith(make_url(coordinator.database.url).database + "-")
    assert dump.name.endswith("-before-import.dump")
    pg_restore = find_binary("pg_restore")
    assert pg_restore, "pg_restore is installed with pg_dump"
    listing = subprocess.run([pg_restore, "--list", str(dump)], capture_output=True, text=True, check=True).stdout
    assert "TABLE public activities " in listing


def test_without_pg_dump_the_import_goes_on_and_says_no_backup_was_made(
        coordinator: Services, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "find_pg_dump", lambda: None)
    [report] = coordinator.sync.import_packages([package])
    assert report.ok, report
    assert coordinator.activities.count() == 1
    text, data = _no_backup_warning(report)
    assert data == {"kind": "no_backup", "reason": "not_found", "detail": ""}
    assert "No backup of the database was made" in text and "pg_dump) was not found" in text
    assert "install the PostgreSQL client tools" in text
    assert report.warnings[0] == text  # said first
    assert _backups() == []


def test_a_failing_pg_dump_leaves_no_file_and_its_error_is_told(
        coordinator: Services, package: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_pg_dump(tmp_path / "bin", """
for argument in "$@"; do
  case "$argument" in --file=*) echo "half a dump" > "${argument#--file=}" ;; esac
done
echo "pg_dump: error: aborting because of server version mismatch" >&2
echo "pg_dump: detail: server version: 15.8; pg_dump version: 14.13" >&2
exit 1
""")
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert backup.find_pg_dump() == str(fake)
    [report] = coordinator.sync.import_packages([package])
    assert report.ok, report
    text, data = _no_backup_warning(report)
    detail = "aborting because of server version mismatch; detail: server version: 15.8; pg_dump version: 14.13"
    assert data == {"kind": "no_backup", "reason": "failed", "detail": detail}
    assert f"pg_dump) failed ({detail})" in text and "version mismatch" in text
    assert _backups() == []  # neither the half-written file nor a renamed one


def test_a_dry_run_makes_no_backup(coordinator: Services, package: Path) -> None:
    [report] = coordinator.sync.import_packages([package], dry_run=True)
    assert report.ok, report
    assert not [data for data in report.warning_data if data.get("kind") == "no_backup"]
    assert _backups() == []


def test_the_password_goes_to_pg_dump_in_its_environment_never_on_its_command_line(
        postgres_url: str, package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The throwaway cluster trusts local connections, so it accepts any password: the app is given one.
    url = postgres_url.replace("postgres@", f"postgres:{PASSWORD}@", 1)
    coordinator = _open_coordinator(url)
    calls: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def spy(arguments: list[str], *args: Any, **kwargs: Any) -> subprocess.CompletedProcess:
        calls.append((list(arguments), dict(kwargs.get("env") or {})))
        return real_run(arguments, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    try:
        [report] = coordinator.sync.import_packages([package])
    finally:
        coordinator.close()
    assert report.ok, report
    [(arguments, environment)] = [(a, e) for a, e in calls if Path(a[0]).name.startswith("pg_dump")]
    assert not any(PASSWORD in argument for argument in arguments)
    assert environment["PGPASSWORD"] == PASSWORD
    assert "--no-password" in arguments
    assert [path.suffix for path in _backups()] == [".dump"]


def test_a_postgres_database_is_dumped_before_its_schema_is_upgraded(
        postgres_url: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(postgres_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    try:
        made = upgrade_to_head(engine)
        assert made is not None and made.endswith("-before-migration.dump")
        assert [str(path) for path in _backups()] == [made]
        with engine.begin() as connection:  # once more, now without pg_dump: upgraded all the same, and logged
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
        monkeypatch.setattr(backup, "find_pg_dump", lambda: None)
        with caplog.at_level(logging.WARNING, logger="cairo_desktop.store.migrate"):
            assert upgrade_to_head(engine) is None
        assert "No backup of the PostgreSQL database" in caplog.text and "pg_dump was not found" in caplog.text
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() != "0004"
    finally:
        engine.dispose()


def test_connection_details_come_from_the_url_and_the_password_only_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = make_url("postgresql+psycopg://amina:pw%20secret@db.example.org:5433/cairo office?sslmode=require")
    arguments = backup.pg_dump_arguments("pg_dump", url, tmp_path / "out.dump")
    assert arguments == ["pg_dump", "--format=custom", f"--file={tmp_path / 'out.dump'}", "--no-password",
                         "--host=db.example.org", "--port=5433", "--username=amina", "--dbname=cairo office"]
    environment = backup.pg_dump_environment(url)
    assert environment["PGPASSWORD"] == "pw secret" and environment["PGSSLMODE"] == "require"
    socket = make_url("postgresql+psycopg://postgres@/cairo?host=/tmp/pg-socket&port=54329")
    assert backup.pg_dump_arguments("pg_dump", socket, tmp_path / "o.dump")[4:] == [
        "--host=/tmp/pg-socket", "--port=54329", "--username=postgres", "--dbname=cairo"]
    assert "PGPASSWORD" not in backup.pg_dump_environment(socket)


def test_only_the_newest_dumps_of_a_database_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_pg_dump(tmp_path / "bin", """
for argument in "$@"; do
  case "$argument" in --file=*) echo "dump" > "${argument#--file=}" ;; esac
done
""")
    monkeypatch.setattr(backup, "find_pg_dump", lambda: str(fake))
    monkeypatch.setattr(backup, "KEEP_BACKUPS", 3)
    other = paths.backups_dir() / "other-20000101T000000000000Z-before-import.dump"
    other.write_text("another database's dump")
    made = [backup.backup_postgres(make_url("postgresql+psycopg://u@h/cairo"), "before-import") for _ in range(5)]
    assert _backups() == sorted(made[-3:] + [other])
