"""Fast free-text search on SQLite: an FTS5 trigram index over ``activities.search_text``.

A ``LIKE '%word%'`` over 100,000 rows reads the whole table (about 40 ms here); the trigram index
answers the same question for words of three characters or more in a few milliseconds, in any
script. Triggers created by migration 0003 keep the index in step with the ``activities`` table,
so no write path has to remember it. PostgreSQL keeps the plain ``LIKE``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from sqlalchemy import ColumnElement, literal, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from cairo_desktop.store.deferred_inserts import deferred_inserts

SEARCH_TABLE = "activity_search"
MIN_INDEXED_LENGTH = 3  # the trigram index cannot answer shorter words

INDEX_CHUNK = 500  # activity ids per statement indexing them
INSERT_TRIGGER = "activities_search_insert"
CREATE_INSERT_TRIGGER = f"""CREATE TRIGGER {INSERT_TRIGGER} AFTER INSERT ON activities BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, search_text) VALUES (new.rowid, new.search_text); END"""
CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(search_text, tokenize='trigram', detail='none')",
    f"INSERT INTO {SEARCH_TABLE}(rowid, search_text) SELECT rowid, search_text FROM activities",
    CREATE_INSERT_TRIGGER,
    f"""CREATE TRIGGER activities_search_delete AFTER DELETE ON activities BEGIN
        DELETE FROM {SEARCH_TABLE} WHERE rowid = old.rowid; END""",
    f"""CREATE TRIGGER activities_search_update AFTER UPDATE OF search_text ON activities BEGIN
        UPDATE {SEARCH_TABLE} SET search_text = new.search_text WHERE rowid = old.rowid; END""",
)
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS activities_search_update",
    "DROP TRIGGER IF EXISTS activities_search_delete",
    "DROP TRIGGER IF EXISTS activities_search_insert",
    f"DROP TABLE IF EXISTS {SEARCH_TABLE}",
)


# Marks that sit on a letter once it is decomposed: Latin accents, Arabic short vowels and hamza, and the
# general combining blocks. Removing them lets "refugies" find "réfugiés" and "احمد" find "أحمد".
_MARKS = re.compile("[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
                    "\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def folded(text: str) -> str:
    """``text`` as the search compares it: case-folded, without accents or Arabic vowel marks."""
    if text.isascii():
        return text.casefold()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def search_text(title: str, place: str, admin_area: str, description: str) -> str:
    """The ``activities.search_text`` of an activity: what the free-text filter looks in, folded."""
    return folded(" ".join((title, place, admin_area, description)))


def _index_rows_sql(count: int) -> str:
    """Index the ``activities`` rows of ``count`` ids given as parameters."""
    return (f"INSERT INTO {SEARCH_TABLE}(rowid, search_text) SELECT rowid, search_text FROM activities "
            f"WHERE id IN ({', '.join('?' for _ in range(count))})")


def is_search_table(name: str | None) -> bool:
    """The index and its shadow tables, which the models do not describe (for Alembic comparisons)."""
    return bool(name) and name.startswith(SEARCH_TABLE)  # type: ignore[union-attr]


class TextMatch(ColumnElement[bool]):
    """``search_text LIKE pattern``, compiled to the trigram index on SQLite where it can answer.

    One construct for every dialect, so callers of :func:`cairo_desktop.store.queries.conditions`
    need not know which database they are on.
    """

    inherit_cache = True

    def __init__(self, column: ColumnElement[str], pattern: str, word: str, indexable: bool) -> None:
        self.column = column
        self.pattern = pattern
        self.word = word
        self.indexable = indexable


@compiles(TextMatch)
def _compile_like(element: TextMatch, compiler, **kw):  # type: ignore[no-untyped-def]
    return compiler.process(element.column.like(element.pattern, escape="\\"), **kw)


@compiles(TextMatch, "sqlite")
def _compile_trigram(element: TextMatch, compiler, **kw):  # type: ignore[no-untyped-def]
    if not element.indexable:
        return _compile_like(element, compiler, **kw)
    # FTS5 answers LIKE from the index only without an ESCAPE clause, hence the raw word here.
    pattern = compiler.process(literal(f"%{element.word}%"), **kw)
    return f"activities.rowid IN (SELECT rowid FROM {SEARCH_TABLE} WHERE search_text LIKE {pattern})"


def text_match(column: ColumnElement[str], word: str, escaped_pattern: str) -> TextMatch:
    """Rows whose search text contains ``word``; ``escaped_pattern`` is its LIKE form for other paths."""
    indexable = len(word) >= MIN_INDEXED_LENGTH and not any(char in word for char in "%_\\")
    return TextMatch(column, escaped_pattern, word, indexable)


class DeferredSearchIndex:
    """Index many new ``activities`` rows in one statement instead of one trigger run per row.

    The per-row trigger makes inserting 20,000 activities about four times slower. Inside the
    caller's transaction :meth:`start` drops the insert trigger; :meth:`written` notes which
    activities were (re)inserted (or has the background writer index them, when one is open);
    :meth:`finish` indexes the rows noted in bulk and creates the trigger again. SQLite DDL is
    transactional: if the transaction rolls back instead (refusal, cancel, crash), the trigger is back
    as it was and nothing was indexed. The delete and update triggers
    stay, so rows replaced meanwhile leave the index as usual. Does nothing on other databases.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.active = False
        self.floor = 0
        self.ids: list[str] = []

    def start(self) -> None:
        if self.session.connection().dialect.name == "sqlite":
            self.floor = self.session.execute(text("SELECT coalesce(max(rowid), 0) FROM activities")).scalar_one()
            self.session.execute(text(f"DROP TRIGGER IF EXISTS {INSERT_TRIGGER}"))
            self.active = True

    def written(self, activity_ids: Iterable[str]) -> None:
        """Note activities (re)inserted meanwhile. While a background writer is open on the connection (a
        large import), they are indexed there at once, after their rows: the indexing then overlaps the
        reading of the next rows instead of following the last."""
        if not self.active:
            return
        writer = deferred_inserts(self.session.connection())
        if writer is None:
            self.ids.extend(activity_ids)
            return
        ids = sorted(set(activity_ids))
        for start in range(0, len(ids), INDEX_CHUNK):
            chunk = ids[start:start + INDEX_CHUNK]
            writer.execute(_index_rows_sql(len(chunk)), chunk)

    def finish(self) -> None:
        """Index the rows written since :meth:`start` and not indexed yet, and restore the trigger (same
        transaction)."""
        if not self.active:
            return
        connection = self.session.connection()
        ids = sorted(set(self.ids))
        # Only the written rows were inserted meanwhile. If they all got rowids above the old maximum
        # (no deleted row's rowid was reused), one range statement indexes exactly them.
        above = f"FROM activities WHERE rowid > {int(self.floor)}"
        if ids and connection.exec_driver_sql(f"SELECT count(*) {above}").scalar_one() == len(ids):
            ids = []
            connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, search_text) SELECT rowid, search_text {above}")
        for start in range(0, len(ids), INDEX_CHUNK):
            chunk = ids[start:start + INDEX_CHUNK]
            connection.exec_driver_sql(_index_rows_sql(len(chunk)), tuple(chunk))
        connection.exec_driver_sql(CREATE_INSERT_TRIGGER)
        self.active, self.ids = False, []
