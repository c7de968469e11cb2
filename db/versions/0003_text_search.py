"""Free-text search index (SQLite only) and no index on the low-selectivity ``deleted`` flag.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from cairo_desktop.store.search import CREATE_STATEMENTS, DROP_STATEMENTS

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # With an index on a flag that is false for nearly every row, SQLite searched through it and then
    # sorted the whole table; without it, lists ordered by date stop after the first page.
    with op.batch_alter_table("activities") as batch_op:
        batch_op.drop_index("ix_activities_deleted")
    if op.get_bind().dialect.name == "sqlite":
        for statement in CREATE_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in DROP_STATEMENTS:
            op.execute(statement)
    with op.batch_alter_table("activities") as batch_op:
        batch_op.create_index("ix_activities_deleted", ["deleted"], unique=False)
