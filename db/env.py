"""Alembic environment: runs on the connection the app hands over (see cairo_desktop.store.migrate)."""

from alembic import context
from sqlalchemy import create_engine

from cairo_desktop.store.models import Base
from cairo_desktop.store.search import is_search_table

target_metadata = Base.metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url")
        with create_engine(url).begin() as own_connection:
            _run_on(own_connection)
    else:
        _run_on(connection)


def _run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=lambda name, kind, parent: not (kind == "table" and is_search_table(name)),
    )
    with context.begin_transaction():
        context.run_migrations()


run()
