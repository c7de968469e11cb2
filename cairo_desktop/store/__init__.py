"""The database: typed SQLAlchemy models, engine set-up, migrations, and activity persistence.

SQLite by default (one file in the user's data folder), PostgreSQL through a URL. No engine is
created at import time; callers build one with :func:`cairo_desktop.store.engine.open_database`.
"""
