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

Binding holds the GIL for every value, and with the reading thread the GIL is what a large import
waits for. Narrow rows whose values JSON carries exactly (texts, integers, booleans, None: the
child rows of activities, millions of values) are therefore sent as one JSON array per insert, which
SQLite unpacks without the GIL (``json_each``): 50,000 activities imported in 6.9-7.2 s instead of
7.2-7.5 s. Each column is read from its row's JSON text again, so wide rows are bound as before.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from itertools import chain, repeat
from typing import Any, Iterable, Iterator, Sequence

import orjson
from sqlalchemy import event
from sqlalchemy.engine import Connection

from cairo_desktop.gil_handoff import quick_gil_handoff

_KEY = "cairo_deferred_inserts"
# Host parameters per statement: SQLite allows 32,766 since 3.32 (999 before), but sqlite3 keeps up
# to 128 statements compiled and a big one takes memory; 8,192 keeps the statements few and small.
MAX_PARAMETERS = 8_192 if sqlite3.sqlite_version_info >= (3, 32, 0) else 999
# Rows of at most this many columns may go as JSON (the ->> operator came with SQLite 3.38).
JSON_MAX_COLUMNS = 6 if sqlite3.sqlite_version_info >= (3, 38, 0) else 0


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


def _columns(names: Sequence[str]) -> str:
    """The column list of an insert, each name quoted."""
    return ", ".join(f'"{name}"' for name in names)


def insert_sql(table: str, names: Sequence[str], rows: int) -> str:
    """Insert the first ``?`` (the last parameter) of ``rows`` rows; the rows after them are padding."""
    one_row = f"({', '.join('?' for _ in names)})"
    return f"INSERT INTO {table} ({_columns(names)}) SELECT * FROM (VALUES {', '.join([one_row] * rows)}) LIMIT ?"


def deferred_inserts(connection: Connection) -> DeferredInserts | None:
    """The open :class:`DeferredInserts` of this connection, if any."""
    return connection.info.get(_KEY)  # type: ignore[no-any-return]


def insert_sqlite_rows(connection: Connection, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]],
                       exact_in_json: bool = False) -> None:
    """Insert ``rows`` (values in the order of ``names``) into an SQLite table: queued to the writer
    when one is open on the connection, else at once with ``executemany``. ``exact_in_json`` says the
    values are only texts, integers, booleans and None (see :meth:`DeferredInserts.insert`)."""
    deferred = deferred_inserts(connection)
    if deferred is not None:
        deferred.insert(table, names, rows, exact_in_json)
        return
    connection.exec_driver_sql(f"INSERT INTO {table} ({_columns(names)}) VALUES ({', '.join('?' for _ in names)})",
                               rows)


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

    def insert(self, table: str, names: Sequence[str], rows: Sequence[Sequence[Any]],
               exact_in_json: bool = False) -> None:
        """Queue ``rows`` (values in the order of ``names``, never changed afterwards) for ``table``.

        With ``exact_in_json`` (the caller's word that every value is a text, an integer, a boolean or
        None, which JSON carries exactly), narrow rows are sent as JSON.
        """
        if not rows:
            return
        names = tuple(names)
        if exact_in_json and len(names) <= JSON_MAX_COLUMNS:
            statements = _json_insert_statements(table, names, rows)
        else:
            statements = _insert_statements(table, names, rows)
        self._queued.append(self._executor.submit(self._run, statements))

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


def json_insert_sql(table: str, names: Sequence[str]) -> str:
    """Insert the rows of one JSON array of arrays (values in the order of ``names``), in order."""
    values = ", ".join(f"value ->> {index}" for index in range(len(names)))
    return f"INSERT INTO {table} ({_columns(names)}) SELECT {values} FROM json_each(?)"


def _json_insert_statements(table: str, names: tuple[str, ...],
                            rows: Sequence[Sequence[Any]]) -> Iterator[tuple[str, Sequence[Any]]]:
    """One statement inserting all ``rows`` as JSON, made as the writer runs it; bound values when a text
    holds a lone surrogate or an integer needs more than 64 bits, which JSON does not carry, or a text
    may hold a NUL character, which SQLite's JSON functions cut the text at."""
    try:
        payload = orjson.dumps(rows).decode()
    except orjson.JSONEncodeError:
        payload = None
    if payload is None or "\\u0000" in payload:
        yield from _insert_statements(table, names, rows)
        return
    yield json_insert_sql(table, names), (payload,)
