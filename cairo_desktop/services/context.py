"""What every service needs: the open database, who is working, and this installation's identity.

One :class:`ServiceContext` is built by the composition root (CLI or GUI) and shared by the
services, so nothing reaches for a global.
"""

from __future__ import annotations

import getpass
from typing import Any, Callable

from cairo_desktop.domain.activity import Activity
from cairo_desktop.errors import UserError
from cairo_desktop.store.engine import Database
from cairo_desktop.store.installation import Identity, load_identity

SaveHook = Callable[[Any, Activity, "Activity | None"], None]


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down Windows machines
        return "unknown"


class ServiceContext:
    def __init__(self, database: Database, author: str | None = None) -> None:
        self.database = database
        self.author = author or default_author()
        self._identity: Identity | None = None
        self._save_hooks: list[SaveHook] = []

    def identity(self) -> Identity | None:
        if self._identity is None:
            with self.database.session() as session:
                self._identity = load_identity(session)
        return self._identity

    def require_identity(self) -> Identity:
        identity = self.identity()
        if identity is None:
            raise UserError(
                "This installation has no office yet. Run 'cairo-desktop init --office CODE --office-name NAME "
                "--role field' (or open the app to set it up) first."
            )
        return identity

    def forget_identity(self) -> None:
        self._identity = None

    def on_local_save(self, hook: SaveHook) -> None:
        """Run ``hook(session, saved, previous)`` inside the transaction of every local save."""
        self._save_hooks.append(hook)

    def after_local_save(self, session: Any, saved: Activity, previous: Activity | None) -> None:
        for hook in self._save_hooks:
            hook(session, saved, previous)
