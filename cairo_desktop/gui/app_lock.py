"""One copy of the app per database: a lock file beside the SQLite file.

Two desktop windows writing one database would each think their list is current and could
overwrite each other's drafts. ``QLockFile`` writes the holder's process id, host and app name,
so a lock left by a crash or power cut is recognised as stale (its process is gone) and taken
over, while a running copy is refused with a sentence naming it. PostgreSQL databases are
meant to be shared and are not locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from cairo_desktop.errors import UserError


class DatabaseInUse(UserError):
    """Another running copy of Cairo Desktop has this database open."""


class DatabaseLock:
    def __init__(self, database_file: Path | None) -> None:
        self.path = Path(f"{database_file}.lock") if database_file else None
        self._lock = QLockFile(str(self.path)) if self.path else None
        if self._lock is not None:
            self._lock.setStaleLockTime(0)  # stale only when the holder's process is gone, never by age

    def acquire(self) -> None:
        if self._lock is None:
            return
        if self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # (pid, host, app), or something falsy when unreadable
            holder = QCoreApplication.translate(
                "DatabaseLock", "process {pid} on computer {host}").format(pid=info[0], host=info[1]) \
                if isinstance(info, tuple) and len(info) == 3 else "?"
            raise DatabaseInUse(
                QCoreApplication.translate(
                    "DatabaseLock",
                    "This database is already open in another copy of Cairo Desktop ({holder}). Close the other "
                    "window first, or use that one. Database: {file}",
                ).format(holder=holder, file=self.path.with_suffix("") if self.path else "")
            )
        raise DatabaseInUse(
            QCoreApplication.translate(
                "DatabaseLock", "Cairo Desktop cannot create its lock file {file}. Check that the folder is writable."
            ).format(file=self.path)
        )

    def release(self) -> None:
        if self._lock is not None and self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return bool(self._lock is not None and self._lock.isLocked())
