"""Running the bulk inserts of one SQLite transaction on a background thread.

A large import is Python work (reading and checking rows) and SQLite work (storing them), and
SQLite runs without Python's GIL. While :class:`DeferredInserts` is open on a connection, the bulk
inserts of :func:`insert_sqlite_rows` (through which ``activities.bulk_insert`` and
``content_views.insert_tuples`` write on SQLite) are queued to one writer thread, in order, and the
caller goes on reading the next rows meanwhile; on two cores the two overlap.

Safety rests on one rule, enforced by a ``before_cursor_execute`` hook: every other statement on
the connection (a read, an update, the commit's bookkeeping) first waits until the queue is empty;
a write that need not be waited for (the search index of the rows just queued) is queued itself
(:meth:`DeferredInserts.execute`). So statements still run one at a time and in the order they were
issued, inside the same transaction; only the Python between them runs beside SQLite. An insert that fails raises its
error in the caller at the next statement or at :meth:`DeferredInserts.close`.

Each statement inserts hundreds to thousands of rows (``INSERT ... SELECT * FROM (VALUES (...), ...)
LIMIT ?``; SQLite yields a VALUES list in order, so the LIMIT keeps the real rows and leaves out the
padding, and a test holds the stored rows equal to ``executemany``'s). sqlite3 lets go of the GIL
once per statement, whereas ``executemany`` lets go of it once per row and must win it back from the
reading thread each time, which stalls it (measured: over 30 s for 400,000 rows). Even so the
writer must win the GIL back after each statement, so while it is open the interpreter switches
threads more often (:mod:`cairo_desktop.gil_handoff`).
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from itertools import chain, repeat
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import event
from sqlalchemy.engine import Connection

from cairo_desktop.gil_handoff import quick_gil_handoff

_KEY = "cairo_deferred_inserts"
# Host parameters per statement: SQLite allows 32,766 since 3.32 (999 before), but sqlite3 keeps up
# to 128 statements compiled and a big one takes memory; 8,192 keeps the statements few and small.
MAX_PARAMETERS = 8_192 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999


def statement_rows(rows: int, largest: int) -> int:
    """The statement size for ``rows`` rows: ``largest`` divided by 8 as often as it still holds them.

    sqlite3 keeps every statement it ran (up to 128) compiled, and a compiled statement of thousands
    of rows takes about a megabyte: one per remainder size would add over 100 MB to an import. With
    sizes from this short list, the rows a statement lacks are padding rows, which its LIMIT leaves out.
    """
    size = largest
    while size >= 8 and size // 8 >= rows:
        size //= 8
    return size


def insert_sql(table: str, names: Sequence[str], rows: int) -> str:
    """Insert the first ``?`` (the last parameter) of ``rows`` rows; the rows after them are padding."""
    columns = ", ".join(f'"{name}"' for name in names)
    one_row = f"({', '.join('?' for _ in names)})"
    return f"INSERT INTO {table} ({columns}) SELECT * FROM (VALUES {', '.join([one_row] * rows)}) LIMIT ?"


def deferred_inserts(connection: Connection) -> DeferredInserts | None:
    """The open :class:`DeferredInserts` of this connection, if any."""
    return connection.info.get(_KEY)  # type: ignore[no-any-return]


def insert_sqlite_rows(connection: Connection, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in the order of ``names``) into an SQLite table: queued to the writer
    when one is open on the connection, else at once with ``executemany``."""
    deferred = deferred_inserts(connection)
    if deferred is not None:
        deferred.insert(table, names, rows)
        return
    columns = ", ".join(f'"{name}"' for name in names)
    connection.exec_driver_sql(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' for _ in names)})", rows)


class DeferredInserts:
    """Open on one SQLite connection for the length of a bulk write; close it before commit or rollback."""

    def __init__(self, connection: Connection) -> None:
        if connection.dialect.name != "sqlite":
            raise ValueError("deferred inserts are for SQLite connections")
        self._connection = connection
        self._dbapi = connection.connection.dbapi_connection
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
        self._queued: list[Future[None]] = []
        self._failed = False  # after a failed insert the rest are skipped: the transaction is rolled back
        self._handoff = ExitStack()
        self._handoff.enter_context(quick_gil_handoff())
        connection.info[_KEY] = self
        event.listen(connection, "before_cursor_execute", self._before_statement)

    def insert(self, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Queue ``rows`` (values in the order of ``names``, never changed afterwards) for ``table``."""
        if rows:
            self._queued.append(self._executor.submit(self._run, _insert_statements(table, tuple(names), rows)))

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> None:
        """Queue one more write statement, run after the inserts queued before it."""
        self._queued.append(self._executor.submit(self._run, [(sql, tuple(parameters))]))

    def _run(self, statements: Iterable[tuple[str, Sequence[Any]]]) -> None:
        """Run queued statements on the writer thread; after a failure the rest are skipped."""
        if self._failed:
            return
        cursor = self._dbapi.cursor()  # type: ignore[union-attr]
        try:
            for sql, values in statements:
                cursor.execute(sql, values)
        except BaseException:
            self._failed = True
            raise
        finally:
            cursor.close()

    def wait(self) -> None:
        """Until every queued insert is done; the first failure is raised here."""
        queued, self._queued = self._queued, []
        errors = [future.exception() for future in queued]  # waits for all, even after a failure
        for error in errors:
            if error is not None:
                raise error

    def _before_statement(self, *_args: Any) -> None:
        self.wait()

    def close(self, raise_errors: bool = True) -> None:
        """Wait for the queue (raising its error unless the caller is already failing) and stop."""
        try:
            try:
                self.wait()
            except Exception:
                if raise_errors:
                    raise  # otherwise dropped: the caller is failing already and rolls the transaction back
        finally:
            event.remove(self._connection, "before_cursor_execute", self._before_statement)
            self._connection.info.pop(_KEY, None)
            self._executor.shutdown(wait=True)
            self._handoff.close()


def _insert_statements(table: str, names: tuple[str, ...],
                       rows: Sequence[Sequence[Any]]) -> Iterator[tuple[str, list[Any]]]:
    """The statements inserting ``rows``, made as the writer runs them (the values flattened there)."""
    per = max(1, (MAX_PARAMETERS - 1) // len(names))
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        size = statement_rows(len(chunk), per)
        values = list(chain.from_iterable(chunk))
        values.extend(repeat(None, (size - len(chunk)) * len(names)))  # padding, left out by LIMIT
        values.append(len(chunk))
        yield insert_sql(table, names, size), values
