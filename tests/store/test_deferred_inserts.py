"""Bulk inserts on a background thread: the same rows and types, in order, errors not lost."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import exc

from cairo_desktop.store import deferred_inserts as deferred_inserts_module
from cairo_desktop.store.deferred_inserts import MAX_PARAMETERS, DeferredInserts, deferred_inserts, statement_rows
from cairo_desktop.store.engine import make_engine

NAMES = ("name", "count", "amount", "flag", "note")
ROWS = [("Réunion — الخرطوم", 3, 12.5, True, None), ("", 0, 0.0, False, "x"), ("b", None, 1e300, True, "")]


@pytest.fixture
def engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'scratch.db'}")
    with engine.begin() as connection:
        for table in ("deferred", "direct"):
            connection.exec_driver_sql(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                       "count INTEGER, amount FLOAT, flag BOOLEAN, note TEXT)")
    yield engine
    engine.dispose()


def _typed(connection, table: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return connection.exec_driver_sql(
        f"SELECT id, name, typeof(count), count, typeof(amount), amount, typeof(flag), flag, typeof(note), note "
        f"FROM {table} ORDER BY id").fetchall()


def test_rows_are_stored_as_executemany_stores_them_across_many_statements(engine) -> None:  # type: ignore[no-untyped-def]
    per_statement = MAX_PARAMETERS // len(NAMES)
    rows = [(f"{ROWS[i % 3][0]}{i}",) + ROWS[i % 3][1:] for i in range(2 * per_statement + 7)]
    with engine.begin() as connection:
        writer = DeferredInserts(connection)
        writer.insert("deferred", NAMES, rows[:10])
        writer.insert("deferred", NAMES, rows[10:])
        writer.close()
        connection.exec_driver_sql(f"INSERT INTO direct ({', '.join(NAMES)}) VALUES (?, ?, ?, ?, ?)", rows)
        assert _typed(connection, "deferred") == _typed(connection, "direct")
        assert len(_typed(connection, "deferred")) == len(rows)


def test_a_statement_waits_for_the_inserts_queued_before_it(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        writer = DeferredInserts(connection)
        assert deferred_inserts(connection) is writer
        for start in range(0, 30_000, 3_000):
            writer.insert("deferred", NAMES, [(f"row {i}", i, None, False, None) for i in range(start, start + 3_000)])
        # Read at once, through SQLAlchemy: it must see every row queued before it.
        assert connection.exec_driver_sql("SELECT count(*), max(count) FROM deferred").one() == (30_000, 29_999)
        writer.close()
        assert deferred_inserts(connection) is None


def test_a_failed_insert_is_raised_at_the_next_statement_and_rolls_back_with_the_transaction(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(exc.IntegrityError) as raised:  # wrapped by SQLAlchemy, as its own errors are
        with engine.begin() as connection:
            writer = DeferredInserts(connection)
            try:
                writer.insert("deferred", NAMES, [("kept?", 1, None, True, None)])
                writer.insert("deferred", NAMES, [(None, 2, None, True, None)])  # name is NOT NULL
                writer.insert("deferred", NAMES, [("after the failure", 3, None, True, None)])
                try:
                    connection.exec_driver_sql("SELECT count(*) FROM deferred").scalar()
                finally:  # the inserts after the failed one were skipped
                    assert connection.exec_driver_sql("SELECT max(count) FROM deferred").scalar() == 1
            finally:
                writer.close(raise_errors=False)
    assert "NOT NULL" in str(raised.value)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM deferred").scalar() == 0


def test_close_raises_a_failure_nobody_read_after(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        writer = DeferredInserts(connection)
        writer.insert("deferred", NAMES, [(None, 1, None, True, None)])
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            writer.close()
        assert deferred_inserts(connection) is None


def test_the_switch_interval_is_restored(engine) -> None:  # type: ignore[no-untyped-def]
    before = sys.getswitchinterval()
    with engine.connect() as connection:
        writer = DeferredInserts(connection)
        assert sys.getswitchinterval() < before
        writer.close()
    assert sys.getswitchinterval() == before


def test_statements_come_in_a_few_sizes_that_hold_the_rows() -> None:
    largest = MAX_PARAMETERS // 7
    sizes = {rows: statement_rows(rows, largest) for rows in range(1, largest + 1)}
    assert all(size >= rows for rows, size in sizes.items())
    assert all(size < 8 * rows for rows, size in sizes.items())  # padding stays below 8 to 1
    assert len(set(sizes.values())) <= 6


# Narrow rows of texts, integers, booleans and None, as the child rows of activities are.
NARROW = ("name", "count", "flag", "note")
NARROW_ROWS = [("Réunion — الخرطوم", 3, True, None), ("", 0, False, 'quote " back\\slash \t\n\x1f end'),
               ("b", -(2**63), True, ""), ("c", 2**63 - 1, None, "😀")]


def _narrow_typed(connection, table: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return connection.exec_driver_sql(
        f"SELECT id, name, typeof(count), count, typeof(flag), flag, typeof(note), note FROM {table} ORDER BY id").fetchall()


def _statements_run(connection) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    connection.connection.dbapi_connection.set_trace_callback(seen.append)
    return seen


def test_narrow_rows_go_as_json_and_are_stored_as_executemany_stores_them(engine) -> None:  # type: ignore[no-untyped-def]
    rows = NARROW_ROWS * 1000
    with engine.begin() as connection:
        run = _statements_run(connection)
        writer = DeferredInserts(connection)
        writer.insert("deferred", NARROW, rows[:3], exact_in_json=True)
        writer.insert("deferred", NARROW, rows[3:], exact_in_json=True)
        writer.close()
        connection.exec_driver_sql(f"INSERT INTO direct ({', '.join(NARROW)}) VALUES (?, ?, ?, ?)", rows)
        assert _narrow_typed(connection, "deferred") == _narrow_typed(connection, "direct")
        assert len(_narrow_typed(connection, "deferred")) == len(rows)
    inserts = [sql for sql in run if sql.startswith("INSERT INTO deferred")]
    assert len(inserts) == 2 and all("json_each" in sql for sql in inserts)


def test_without_the_callers_word_or_for_wide_rows_values_are_bound(engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        run = _statements_run(connection)
        writer = DeferredInserts(connection)
        writer.insert("deferred", NARROW, NARROW_ROWS)
        monkeypatch.setattr(deferred_inserts_module, "JSON_MAX_COLUMNS", len(NARROW) - 1)
        writer.insert("deferred", NARROW, NARROW_ROWS, exact_in_json=True)
        writer.close()
    inserts = [sql for sql in run if sql.startswith("INSERT INTO deferred")]
    assert len(inserts) == 2 and not any("json_each" in sql for sql in inserts)


def test_a_text_holding_a_nul_character_is_bound_and_kept_whole(engine) -> None:  # type: ignore[no-untyped-def]
    """SQLite's JSON functions would cut it at the NUL."""
    rows = [("a", 1, True, "before\x00after"), ("b", 2, False, "x")]
    with engine.begin() as connection:
        run = _statements_run(connection)
        writer = DeferredInserts(connection)
        writer.insert("deferred", NARROW, rows, exact_in_json=True)
        writer.close()
        connection.exec_driver_sql(f"INSERT INTO direct ({', '.join(NARROW)}) VALUES (?, ?, ?, ?)", rows)
        assert _narrow_typed(connection, "deferred") == _narrow_typed(connection, "direct")
    assert not any("json_each" in sql for sql in run)


@pytest.mark.parametrize("value, error", [("\ud800 lone surrogate", UnicodeEncodeError), (2**64, OverflowError)])
def test_a_value_json_cannot_carry_is_bound_and_fails_as_a_bound_value_fails(engine, value, error) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        writer = DeferredInserts(connection)
        writer.insert("deferred", NARROW, [("a", 1, True, None), ("b", value, False, None)], exact_in_json=True)
        with pytest.raises(error):
            writer.close()
    with engine.connect() as connection, pytest.raises(error):
        connection.exec_driver_sql("INSERT INTO direct (name, count) VALUES (?, ?)", ("b", value))
