"""Selections of activities in SQL: filtering, sorting, counting, paging.

The activity list, the dashboard, the CLI and the reports all select through here, so a filter
means the same thing everywhere and nothing loads 100,000 rows into Python to filter them.
"""

from __future__ import annotations

from typing import Any, Sequence

from sqlalchemy import Column, ColumnElement, Select, UnaryExpression, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from cairo_desktop.domain.filters import ORDERABLE_COLUMNS, ActivityFilter
from cairo_desktop.store.activities import ACTIVITIES, APPROACHES, COUNTRIES, SECONDARY
from cairo_desktop.store.first_page import LIST_COLUMNS  # the list's columns, for both readers
from cairo_desktop.store.search import folded, text_match


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(selection: ActivityFilter) -> list[ColumnElement[bool]]:
    """WHERE clauses on ``activities`` for a filter."""
    table = ACTIVITIES
    where: list[ColumnElement[bool]] = []
    if selection.deleted == "live":
        where.append(table.c.deleted.is_(False))
    elif selection.deleted == "deleted":
        where.append(table.c.deleted.is_(True))
    if selection.actions:
        in_secondary = exists().where(
            and_(SECONDARY.c.activity_id == table.c.id, SECONDARY.c.action.in_(selection.actions))
        )
        where.append(or_(table.c.action.in_(selection.actions), in_secondary))
    if selection.domains:
        where.append(table.c.domain.in_(selection.domains))
    if selection.statuses:
        where.append(table.c.status.in_(selection.statuses))
    if selection.offices:
        where.append(table.c.office.in_(selection.offices))
    if selection.countries:
        where.append(
            exists().where(and_(COUNTRIES.c.activity_id == table.c.id, COUNTRIES.c.country.in_(selection.countries)))
        )
    for approach in selection.approaches:
        where.append(exists().where(and_(APPROACHES.c.activity_id == table.c.id, APPROACHES.c.approach == approach)))
    if selection.text.strip():
        for word in folded(selection.text).split():
            where.append(text_match(table.c.search_text, word, f"%{_escape_like(word)}%"))
    if selection.date_from:
        where.append(func.coalesce(table.c.end_date, table.c.start_date) >= selection.date_from)
    if selection.date_to:
        where.append(table.c.start_date <= selection.date_to)
    return where


def filtered(statement: Select[Any], selection: ActivityFilter) -> Select[Any]:
    clauses = conditions(selection)
    return statement.where(*clauses) if clauses else statement


def count(session: Session, selection: ActivityFilter) -> int:
    return session.execute(filtered(select(func.count()).select_from(ACTIVITIES), selection)).scalar_one()


# Columns of words in people's languages, which a server's locale would sort its own way. The others
# (ids, ISO times, action and status codes) follow one fixed pattern of ASCII that every locale orders
# alike, so they are left as they are and their indexes keep serving the list's default order.
_WORDS = frozenset({"title", "place", "office"})


def order_key(column: Column[Any], descending: bool, dialect: str) -> UnaryExpression[Any]:
    """One ORDER BY term that sorts the same on every database, as SQLite does.

    A PostgreSQL server sorts text by its locale (often en_US or ICU: "a B b é Z") and puts NULL
    first when descending; SQLite compares code points ("B Z a b é") and counts NULL as the
    smallest value. The list, its pages and the CLI must not change with the server.
    """
    expression: ColumnElement[Any] = column
    if dialect == "postgresql" and column.name in _WORDS:
        expression = column.collate("C")
    key = expression.desc() if descending else expression.asc()
    if not column.nullable:
        return key  # lets an index on the column answer the order
    return key.nulls_last() if descending else key.nulls_first()


def ids_statement(session: Session, selection: ActivityFilter, order_by: str = "updated_at",
                  descending: bool = True) -> Select[Any]:
    """The SELECT of matching ids in the asked order (ties broken by id, so paging is stable)."""
    if order_by not in ORDERABLE_COLUMNS:
        order_by = "updated_at"
    dialect = session.get_bind().dialect.name
    key = order_key(ACTIVITIES.c[order_by], descending, dialect)
    return filtered(select(ACTIVITIES.c.id), selection).order_by(key, order_key(ACTIVITIES.c.id, False, dialect))


def ids(
    session: Session,
    selection: ActivityFilter,
    order_by: str = "updated_at",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[str]:
    """Ids of the matching activities in the asked order (ties broken by id, so paging is stable)."""
    statement = ids_statement(session, selection, order_by, descending)
    if limit is not None:
        statement = statement.limit(limit).offset(offset)
    return list(session.execute(statement).scalars())


def list_rows(session: Session, activity_ids: Sequence[str]) -> dict[str, Any]:
    """The columns a table shows, for a page of ids (keyed by id)."""
    rows: dict[str, Any] = {}
    columns = [ACTIVITIES.c[name] for name in LIST_COLUMNS]
    for start in range(0, len(activity_ids), 500):
        chunk = activity_ids[start:start + 500]
        for row in session.execute(select(*columns).where(ACTIVITIES.c.id.in_(chunk))):
            rows[row.id] = row
    return rows


def total(session: Session) -> int:
    return session.execute(select(func.count()).select_from(ACTIVITIES)).scalar_one()
