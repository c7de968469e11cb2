"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 00:29:49.186988
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activities',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('text_lang', sa.String(length=8), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('domain', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('activity_type', sa.String(length=32), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('admin_area', sa.String(length=200), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('budget_amount', sa.Float(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('targeted_total', sa.Integer(), nullable=True),
    sa.Column('reached_total', sa.Integer(), nullable=True),
    sa.Column('people_targeted', sa.Integer(), nullable=False),
    sa.Column('people_reached', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('rev', sa.String(length=64), nullable=False),
    sa.Column('heads', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_domain'), ['domain'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_office'), ['office'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_updated_at'), ['updated_at'], unique=False)

    op.create_table('installation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('office_code', sa.String(length=32), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('signing_key', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installation'))
    )
    op.create_table('offices',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_offices'))
    )
    op.create_table('revisions',
    sa.Column('rev_id', sa.String(length=64), nullable=False),
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('parents', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('office', sa.String(length=32), nullable=False),
    sa.Column('owner_office', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('rev_id', name=op.f('pk_revisions'))
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revisions_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_revisions_seq'), ['seq'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('activity_approaches',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('approach', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_approaches_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'approach', name=op.f('pk_activity_approaches')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('activity_approaches', schema=None) as batch_op:
        batch_op.create_index('ix_activity_approaches_approach', ['approach'], unique=False)

    op.create_table('activity_countries',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_countries_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'country', name=op.f('pk_activity_countries')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('activity_countries', schema=None) as batch_op:
        batch_op.create_index('ix_activity_countries_country', ['country'], unique=False)

    op.create_table('activity_organisations',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('type', sa.String(length=4), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_organisations_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'position', name=op.f('pk_activity_organisations')),
    sqlite_with_rowid=False
    )
    op.create_table('activity_people',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('population_group', sa.String(length=16), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('age', sa.String(length=16), nullable=False),
    sa.Column('targeted', sa.Integer(), nullable=True),
    sa.Column('reached', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_people_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'population_group', 'sex', 'age', name=op.f('pk_activity_people')),
    sqlite_with_rowid=False
    )
    op.create_table('activity_secondary_actions',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_secondary_actions_activity_id_activities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'action', name=op.f('pk_activity_secondary_actions')),
    sqlite_with_rowid=False
    )


def downgrade() -> None:
    op.drop_table('activity_secondary_actions')
    op.drop_table('activity_people')
    op.drop_table('activity_organisations')
    with op.batch_alter_table('activity_countries', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_countries_country')

    op.drop_table('activity_countries')
    with op.batch_alter_table('activity_approaches', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_approaches_approach')

    op.drop_table('activity_approaches')
    op.drop_table('settings')
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revisions_seq'))
        batch_op.drop_index(batch_op.f('ix_revisions_activity_id'))

    op.drop_table('revisions')
    op.drop_table('offices')
    op.drop_table('installation')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_updated_at'))
        batch_op.drop_index(batch_op.f('ix_activities_status'))
        batch_op.drop_index(batch_op.f('ix_activities_start_date'))
        batch_op.drop_index(batch_op.f('ix_activities_office'))
        batch_op.drop_index(batch_op.f('ix_activities_domain'))
        batch_op.drop_index(batch_op.f('ix_activities_deleted'))
        batch_op.drop_index(batch_op.f('ix_activities_action'))

    op.drop_table('activities')
