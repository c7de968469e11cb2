"""Which key signed each imported package, and its export mode.

The sequence rules are per key: an office that reinstalled Cairo Desktop (a new key, trusted anew)
numbers its packages from 1 again. The mode tells whether a package carries everything not yet
acknowledged (full, incremental) or only what changed since the office's previous package
(since-last), which decides how far the coordinator may acknowledge. Rows imported before this
migration were signed by the key pinned now, as far as anyone can tell.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_imported_packages") as batch_op:
        batch_op.add_column(sa.Column("key_fingerprint", sa.String(39), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("mode", sa.String(32), nullable=False, server_default=""))
    op.execute("UPDATE sync_imported_packages SET key_fingerprint = coalesce((SELECT k.fingerprint FROM "
               "sync_pinned_keys k WHERE k.office = sync_imported_packages.office), '') WHERE signed")


def downgrade() -> None:
    with op.batch_alter_table("sync_imported_packages") as batch_op:
        batch_op.drop_column("mode")
        batch_op.drop_column("key_fingerprint")
