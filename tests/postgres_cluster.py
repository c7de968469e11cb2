"""A throwaway PostgreSQL cluster for the store tests.

Started once per test session in a temporary folder (as the ``postgres`` user when the tests run
as root, since PostgreSQL refuses to run as root), listening only on a Unix socket in that folder,
and removed at the end.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


class PostgresCluster:
    def __init__(self) -> None:
        self.initdb = find_binary("initdb")
        self.pg_ctl = find_binary("pg_ctl")
        self.folder: Path | None = None
        self.port = 54329

    @property
    def available(self) -> bool:
        return bool(self.initdb and self.pg_ctl)

    def _run(self, *command: str) -> None:
        run_as_postgres = os.geteuid() == 0
        if run_as_postgres:
            entry = pwd.getpwnam("postgres")

            def demote() -> None:
                os.setgid(entry.pw_gid)
                os.setuid(entry.pw_uid)

            subprocess.run(command, check=True, capture_output=True, preexec_fn=demote, cwd="/tmp")
        else:
            subprocess.run(command, check=True, capture_output=True)

    def start(self) -> str:
        """Start the cluster; returns a SQLAlchemy URL of a fresh database on it."""
        self.folder = Path(tempfile.mkdtemp(prefix="cairo-pg-"))
        os.chmod(self.folder, 0o777)
        data = self.folder / "data"
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._run(self.initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        options = f"-k {self.folder} -c listen_addresses='' -p {self.port} -c fsync=off"
        self._run(self.pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(self.folder / "log"), "start")
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(host=str(self.folder), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            self._run(self.pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
