"""Search without accents: ``activities.search_text`` folded again, so "refugies" finds "réfugiés".

The text is recomputed in Python with the same function the app writes it with
(:func:`cairo_desktop.store.search.search_text`); on SQLite the update trigger keeps the trigram
index in step.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from cairo_desktop.store.search import search_text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BATCH = 2_000


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(
        "SELECT id, title, place, admin_area, description, search_text FROM activities")).fetchall()
    changed = [{"id": row.id, "text": text} for row in rows
               if (text := search_text(row.title, row.place, row.admin_area, row.description)) != row.search_text]
    statement = sa.text("UPDATE activities SET search_text = :text WHERE id = :id")
    for start in range(0, len(changed), _BATCH):
        connection.execute(statement, changed[start:start + _BATCH])


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, title, place, admin_area, description FROM activities")).fetchall()
    statement = sa.text("UPDATE activities SET search_text = :text WHERE id = :id")
    values = [{"id": row.id, "text": " ".join((row.title, row.place, row.admin_area, row.description)).casefold()}
              for row in rows]
    for start in range(0, len(values), _BATCH):
        connection.execute(statement, values[start:start + _BATCH])
