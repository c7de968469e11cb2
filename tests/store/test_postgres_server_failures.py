"""A coordinator's PostgreSQL server failing: told in plain sentences, and nothing half-written.

The server may be down, the password wrong, the database never created, the network may drop
packets, or the connection may be cut in the middle of an import. Each must end in a
:class:`UserError` a person can act on (the CLI prints it as one ``error:`` line), never in a
traceback, and a transaction cut short must leave the database as it was.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy.engine import make_url

from cairo_desktop.cli.main import run
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import UserError
from cairo_desktop.progress import Progress
from cairo_desktop.services import Services, open_services
from cairo_desktop.store import engine as store_engine
from tests.postgres_cluster import PostgresCluster
from tests.sync.helpers import views

pytestmark = pytest.mark.postgres

PASSWORD_ROLE = "cairo_with_password"


def _admin(cluster: PostgresCluster):  # type: ignore[no-untyped-def]
    import psycopg

    assert cluster.folder is not None
    return psycopg.connect(host=str(cluster.folder), port=cluster.port, user="postgres", dbname="postgres",
                           autocommit=True)


@pytest.fixture
def password_url(postgres_cluster: PostgresCluster, postgres_url: str) -> Iterator[str]:
    """A role that must give its password (the rest of the cluster trusts every local user)."""
    assert postgres_cluster.folder is not None
    rules = postgres_cluster.folder / "data" / "pg_hba.conf"
    before = rules.read_text()
    rules.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + before)
    with _admin(postgres_cluster) as admin:
        admin.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        admin.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'right-password'")
        admin.execute("SELECT pg_reload_conf()")
    database = make_url(postgres_url).database
    yield f"postgresql+psycopg://{PASSWORD_ROLE}:wrong-password@/{database}?host={postgres_cluster.folder}" \
          f"&port={postgres_cluster.port}"
    rules.write_text(before)
    with _admin(postgres_cluster) as admin:
        admin.execute("SELECT pg_reload_conf()")
        admin.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")


def _cli_error(url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(["--database-url", url, "activity", "list"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "sqlalche.me" not in captured.err
    return captured.err


def test_a_server_that_is_not_running_is_named(postgres_cluster: PostgresCluster,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql+psycopg://postgres@/cairo?host={postgres_cluster.folder}&port=1"
    message = _cli_error(url, capsys)
    assert message.startswith("error: Cannot reach the database server at ") and "Check that the server" in message


def test_a_wrong_password_is_named(password_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    message = _cli_error(password_url, capsys)
    assert "did not accept the user name or password" in message and PASSWORD_ROLE in message
    assert "wrong-password" not in message


def test_a_database_that_does_not_exist_is_named(postgres_cluster: PostgresCluster,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    message = _cli_error(postgres_cluster.url("no_such_cairo_database"), capsys)
    assert "There is no database named 'no_such_cairo_database'" in message


def test_a_server_that_never_answers_is_given_up_on(postgres_cluster: PostgresCluster,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A firewall that drops packets looks like a server that accepts and then says nothing."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    monkeypatch.setattr(store_engine, "CONNECT_TIMEOUT_SECONDS", 2)
    started = time.monotonic()
    with pytest.raises(UserError, match="Cannot reach the database server at 127.0.0.1"):
        open_services(database_url=f"postgresql://postgres@127.0.0.1:{listener.getsockname()[1]}/cairo")
    assert time.monotonic() - started < 15
    listener.close()


class CutConnection(Progress):
    """Terminates the coordinator's server connections once the first group of an import is written."""

    def __init__(self, cluster: PostgresCluster, database: str) -> None:
        super().__init__()
        self.cluster, self.database, self.cut = cluster, database, False

    def report(self, done: int, total: int, message: str = "") -> None:
        if message == "Importing the activities" and not self.cut:
            self.cut = True
            with _admin(self.cluster) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                              (self.database,))


def test_a_connection_cut_during_an_import_leaves_nothing_and_says_so(
        postgres_cluster: PostgresCluster, postgres_url: str, field_office: Services, tmp_path: Path) -> None:
    field_office.demo.generate(2500, seed=8)  # two groups: the cut falls between them
    package = tmp_path / "field.xlsx"
    field_office.sync.export_package(package, full=True)
    coordinator = open_services(database_url=postgres_url, author="amina")
    coordinator.installation.initialise("COORD", "Coordination", "coordinator", "EGY")
    database = make_url(postgres_url).database
    cutter = CutConnection(postgres_cluster, database)
    with pytest.raises(UserError, match="Nothing of this operation was saved"):
        coordinator.sync.import_packages([package], progress=cutter)
    assert cutter.cut
    assert coordinator.activities.count(ActivityFilter(deleted="all")) == 0
    [report] = coordinator.sync.import_packages([package])  # the pool reconnects; the same package goes in whole
    assert report.ok and not report.already_imported
    assert views(coordinator) == views(field_office)
    coordinator.close()
