"""The schema revision this code expects, in a module light enough to import before SQLAlchemy.

Both the engine (which skips Alembic when a database is already here) and the desktop app's first
paint (which reads the list with the standard library only) need it; a test keeps it equal to the
newest migration in ``db/versions``.
"""

SCHEMA_HEAD = "0005"
