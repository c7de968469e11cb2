"""Copies of the database taken before anything risky (migrations, imports), in the backups folder.

SQLite: a copy of the file by SQLite's online backup API, so a copy is consistent even while the
database is open (``<name>-<UTC stamp>-<reason>.db``).

PostgreSQL: a dump by the PostgreSQL client program ``pg_dump`` in its custom format, which
``pg_restore`` reads (``<database>-<UTC stamp>-<reason>.dump``). The password goes to ``pg_dump`` in
its environment (``PGPASSWORD``), never on its command line, where other users of the computer could
read it. The dump is written under a temporary name and renamed once ``pg_dump`` succeeded, so a
failed dump leaves no half file. A coordinator's computer often has no ``pg_dump``, and one older than
the server refuses to dump it: then :class:`BackupNotMade` says why, and callers go on without a
backup and tell the person (an import must not be blocked by a missing client program).

Each database keeps its newest ``KEEP_BACKUPS`` copies.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy.engine import URL, Engine

from cairo_desktop import paths
from cairo_desktop.store.engine import is_sqlite, sqlite_file

KEEP_BACKUPS = 20

# A dump that takes longer than this is stopped: an import waiting for it must not wait forever.
PG_DUMP_TIMEOUT_SECONDS = 10 * 60
# pg_dump gives up on a server that does not answer within this many seconds (libpq's PGCONNECT_TIMEOUT).
PG_CONNECT_TIMEOUT_SECONDS = 10
# Longest reason kept from pg_dump's error output: it is shown to a person in one sentence.
MAX_REASON_CHARS = 300


class BackupNotMade(Exception):
    """No PostgreSQL backup could be made; ``reason`` is "not_found" or "failed", ``detail`` pg_dump's error."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


def backup_database(engine: Engine, reason: str) -> Path | None:
    """Back up the database of ``engine`` before something risky: a copy of an SQLite file, a dump of a
    PostgreSQL database; None when there is nothing to keep (a new or in-memory SQLite database).

    Raises :class:`BackupNotMade` when PostgreSQL's pg_dump is missing or fails (the callers go on and say so).
    """
    if is_sqlite(engine):
        file = sqlite_file(engine)
        return backup_sqlite_file(file, reason) if file is not None and file.exists() else None
    return backup_postgres(engine.url, reason)


def backup_sqlite_file(source: Path, reason: str, folder: Path | None = None) -> Path:
    """Write a consistent copy of ``source`` into the backups folder and return its path."""
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{source.stem}-{_stamp()}-{reason}.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    _prune(folder, source.stem, ".db")
    return target


def backup_postgres(url: URL, reason: str, folder: Path | None = None) -> Path:
    """Dump the PostgreSQL database of ``url`` with pg_dump into the backups folder and return its path.

    Raises :class:`BackupNotMade` when pg_dump is not installed, fails or takes too long; nothing is
    left in the folder then.
    """
    program = find_pg_dump()
    if program is None:
        raise BackupNotMade("not_found")
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = _file_name_part(url.database or "postgres")
    target = folder / f"{name}-{_stamp()}-{reason}.dump"
    partial = target.with_name(target.name + ".part")
    try:
        _run_pg_dump(program, url, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    _prune(folder, name, ".dump")
    return target


def find_pg_dump() -> str | None:
    """pg_dump on PATH, else the newest in the places installers put it without adding it to PATH.

    Debian and Ubuntu keep each version under ``/usr/lib/postgresql/<version>/bin``; the Windows
    installer under ``Program Files\\PostgreSQL\\<version>\\bin``. The newest is taken because a pg_dump
    dumps servers of its own version and older ones only.
    """
    found = shutil.which("pg_dump")
    if found:
        return found
    patterns = ["/usr/lib/postgresql/*/bin/pg_dump"]
    for variable in ("ProgramFiles", "ProgramW6432"):
        if os.environ.get(variable):
            patterns.append(os.path.join(os.environ[variable], "PostgreSQL", "*", "bin", "pg_dump.exe"))
    candidates = [path for pattern in patterns for path in glob.glob(pattern) if os.access(path, os.X_OK)]
    return max(candidates, key=_version_of, default=None)


def _version_of(program: str) -> tuple[int, ...]:
    """The version in a path like ``.../postgresql/15/bin/pg_dump``, as numbers, so 15 sorts after 9.6."""
    version = Path(program).parent.parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version))


def _run_pg_dump(program: str, url: URL, output: Path) -> None:
    """Run pg_dump (custom format) into ``output``; raises :class:`BackupNotMade` with its error when it fails."""
    try:
        finished = subprocess.run(pg_dump_arguments(program, url, output), env=pg_dump_environment(url),
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True,
                                  timeout=PG_DUMP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise BackupNotMade("failed", f"pg_dump did not finish within {PG_DUMP_TIMEOUT_SECONDS // 60} minutes") from None
    except OSError as error:  # found but not runnable: no permission, wrong architecture
        raise BackupNotMade("failed", f"pg_dump could not be started ({error.strerror or error})") from None
    if finished.returncode != 0:
        raise BackupNotMade("failed", _one_line(finished.stderr) or f"pg_dump stopped with code {finished.returncode}")


def pg_dump_arguments(program: str, url: URL, output: Path) -> list[str]:
    """pg_dump's command line for ``url``: where the server is, who connects, which database; no password.

    A Unix-socket folder may be given as ``?host=/path`` (and ``?port=``) instead of in the URL's
    host part, as libpq allows; both are read.
    """
    arguments = [program, "--format=custom", f"--file={output}", "--no-password"]
    host = url.host or _query_value(url, "host")
    port = url.port or _query_value(url, "port")
    if host:
        arguments.append(f"--host={host}")
    if port:
        arguments.append(f"--port={port}")
    if url.username:
        arguments.append(f"--username={url.username}")
    arguments.append(f"--dbname={url.database or 'postgres'}")
    return arguments


def pg_dump_environment(url: URL) -> dict[str, str]:
    """The child's environment: this process's, the password (if any) and libpq's settings from the URL."""
    environment = dict(os.environ)  # a PGPASSWORD or .pgpass the app itself connects with serves pg_dump too
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    environment.setdefault("PGCONNECT_TIMEOUT", str(PG_CONNECT_TIMEOUT_SECONDS))
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT"),
                             ("sslcert", "PGSSLCERT"), ("sslkey", "PGSSLKEY"), ("connect_timeout", "PGCONNECT_TIMEOUT")):
        value = _query_value(url, option)
        if value:
            environment[variable] = value
    return environment


def _query_value(url: URL, name: str) -> str:
    """One value of the URL's query (SQLAlchemy gives a tuple when the name is repeated: the first is taken)."""
    value = url.query.get(name, "")
    if isinstance(value, tuple):
        value = value[0] if value else ""
    return str(value)


def _one_line(text: str) -> str:
    """pg_dump's error output as one short line for a sentence: its lines joined, the program's prefix dropped."""
    lines = [line.strip().removeprefix("pg_dump: ").removeprefix("error: ").strip() for line in text.splitlines()]
    joined = "; ".join(line for line in lines if line)
    return joined if len(joined) <= MAX_REASON_CHARS else joined[:MAX_REASON_CHARS - 1] + "…"


def _file_name_part(name: str) -> str:
    """A database name made safe as part of a file name on every system (no slashes, colons...)."""
    return re.sub(r"[^\w.-]", "_", name) or "postgres"


def _stamp() -> str:
    """The UTC time to the microsecond: backups sort by name in the order they were made."""
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def _prune(folder: Path, stem: str, extension: str) -> None:
    """Keep the newest ``KEEP_BACKUPS`` backups of one database, so the folder does not fill the disk."""
    backups = sorted(folder.glob(f"{stem}-*{extension}"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
