"""What changed in each revision of an activity, field by field, for people to read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cairo_desktop.domain.revision import Revision


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    rev_id: str
    parents: tuple[str, ...]
    author: str
    office: str
    created_at: str
    deleted: bool
    changes: tuple[FieldChange, ...]

    @property
    def is_merge(self) -> bool:
        return len(self.parents) > 1


def diff_content(old: dict[str, Any] | None, new: dict[str, Any] | None) -> tuple[FieldChange, ...]:
    old, new = old or {}, new or {}
    changes = []
    for name in sorted(set(old) | set(new)):
        if old.get(name) != new.get(name):
            changes.append(FieldChange(name, old.get(name), new.get(name)))
    return tuple(changes)


def build_history(revisions: list[Revision]) -> list[HistoryEntry]:
    """History entries, oldest first; each compared with its first parent (or with nothing)."""
    by_id = {revision.rev_id: revision for revision in revisions}
    entries = []
    for revision in revisions:
        parent = next((by_id[p] for p in revision.parents if p in by_id), None)
        before = parent.content if parent else None
        if parent is not None and parent.content is None:
            before = _last_content(parent, by_id)
        after = revision.content if not revision.deleted else before
        entries.append(
            HistoryEntry(
                rev_id=revision.rev_id,
                parents=revision.parents,
                author=revision.author,
                office=revision.office,
                created_at=revision.created_at,
                deleted=revision.deleted,
                changes=diff_content(before, after) if not revision.deleted else (),
            )
        )
    return entries


def _last_content(revision: Revision, by_id: dict[str, Revision]) -> dict[str, Any] | None:
    """Content of the nearest ancestor that has some (tombstones carry none)."""
    seen = set()
    current: Revision | None = revision
    while current is not None and current.rev_id not in seen:
        seen.add(current.rev_id)
        if current.content is not None:
            return current.content
        current = next((by_id[p] for p in current.parents if p in by_id), None)
    return None
