"""Fast free-text search on SQLite: an FTS5 trigram index over ``activities.search_text``.

A ``LIKE '%word%'`` over 100,000 rows reads the whole table (about 40 ms here); the trigram index
answers the same question for words of three characters or more in a few milliseconds, in any
script. Triggers created by migration 0003 keep the index in step with the ``activities`` table,
so no write path has to remember it. PostgreSQL keeps the plain ``LIKE``.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, literal
from sqlalchemy.ext.compiler import compiles

SEARCH_TABLE = "activity_search"
MIN_INDEXED_LENGTH = 3  # the trigram index cannot answer shorter words

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(search_text, tokenize='trigram', detail='none')",
    f"INSERT INTO {SEARCH_TABLE}(rowid, search_text) SELECT rowid, search_text FROM activities",
    f"""CREATE TRIGGER activities_search_insert AFTER INSERT ON activities BEGIN
        INSERT INTO {SEARCH_TABLE}(rowid, search_text) VALUES (new.rowid, new.search_text); END""",
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
