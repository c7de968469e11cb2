"""Errors a user can act on.

Anything raised as a :class:`UserError` is shown to a person as one plain sentence (CLI: one line
on stderr and a non-zero exit; GUI: a message box). Everything else is a bug and gets logged with
its traceback.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A mistake or situation the user can fix; ``str(err)`` is the whole message."""


class NotFound(UserError):
    """The record the user named does not exist."""


class ValidationFailed(UserError):
    """An activity did not pass validation; ``issues`` lists every problem by field."""

    def __init__(self, issues: list) -> None:  # list[ValidationIssue]; avoids a domain import here
        self.issues = list(issues)
        lines = " ".join(f"[{issue.field}] {issue.message}" for issue in self.issues)
        super().__init__(f"The activity cannot be saved. {lines}")


class PermissionRefused(UserError):
    """The installation's role or office does not allow the change."""


class Cancelled(Exception):
    """A long job was cancelled by the user; the work in progress has been rolled back.

    A job made of parts kept one by one (an import of several packages, each in its own transaction)
    puts what it finished before the cancel in ``finished``, so the caller can say what stayed.
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.finished: list[Any] = []
