"""What an activity looks like, given every revision a site holds of it: a pure function of the DAG.

Sites exchange revisions in any order; if the *view* of an activity depended on that order, two
sites holding the same revisions could show different values forever. So the view is computed
only from the revision graph: its heads (revisions nobody builds on yet), their best common
ancestor (the *base*), and a three-way merge per field. When heads changed the same field to
different values, a deterministic rule picks the value shown for now (the head with the later
edit time, then the higher revision id) and the disagreement is reported as a conflict, so a
person can settle it with a new revision whose parents are all the heads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from cairo_desktop.domain.revision import Revision

DELETED_FIELD = "deleted"  # the pseudo-field of a delete-against-edit conflict


@dataclass(frozen=True)
class FieldConflict:
    """Heads disagree on ``field``; ``shown`` is the provisional value, ``values`` every candidate by head."""

    field: str
    shown: Any
    winner_rev: str
    values: dict[str, Any]  # head rev id -> that head's value


@dataclass
class MergedView:
    heads: list[str]
    content: dict[str, Any] | None  # None only when nothing live is known (a bare tombstone)
    deleted: bool
    winner: str  # the head whose edit is latest: the view's "current revision"
    root: str  # the oldest known revision (who created the activity, when)
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def merged(self) -> bool:
        return len(self.heads) > 1


def _order_key(revision: Revision) -> tuple[str, str]:
    return (revision.created_at, revision.rev_id)


def find_heads(revisions: Mapping[str, Revision]) -> list[str]:
    """Revisions that no other known revision names as a parent, sorted."""
    parents: set[str] = set()
    for revision in revisions.values():
        parents.update(revision.parents)
    return sorted(rev_id for rev_id in revisions if rev_id not in parents)


def ancestors(revisions: Mapping[str, Revision], start: str) -> set[str]:
    """``start`` and every known revision it descends from (unknown parents are skipped)."""
    seen: set[str] = set()
    stack = [start]
    while stack:
        rev_id = stack.pop()
        if rev_id in seen or rev_id not in revisions:
            continue
        seen.add(rev_id)
        stack.extend(revisions[rev_id].parents)
    return seen


def merge_base(revisions: Mapping[str, Revision], heads: Iterable[str]) -> str | None:
    """The best common ancestor of ``heads``: a lowest one, ties broken by time then id."""
    common: set[str] | None = None
    for head in heads:
        line = ancestors(revisions, head)
        common = line if common is None else common & line
    if not common:
        return None
    # Drop common ancestors that are ancestors of another common ancestor.
    lowest = set(common)
    for rev_id in common:
        lowest -= ancestors(revisions, rev_id) - {rev_id}
    return max(lowest, key=lambda rev_id: _order_key(revisions[rev_id]))


def _latest_live(revisions: Mapping[str, Revision], among: Iterable[str]) -> Revision | None:
    live = [revisions[r] for r in among if r in revisions and revisions[r].content is not None]
    return max(live, key=_order_key) if live else None


def merge_fields(base: Mapping[str, Any] | None, heads: list[Revision]) -> tuple[dict[str, Any], list[FieldConflict]]:
    """Three-way merge of the heads' contents against ``base``, one field at a time."""
    base = base or {}
    names: list[str] = []
    for head in heads:
        for name in head.content or {}:
            if name not in names:
                names.append(name)
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name in sorted(names):
        base_value = base.get(name)
        changed = [h for h in heads if (h.content or {}).get(name) != base_value]
        if not changed:
            merged[name] = base_value
            continue
        winner = max(changed, key=_order_key)
        merged[name] = winner.content[name]  # type: ignore[index]
        distinct = {repr(h.content[name]) for h in changed}  # type: ignore[index]
        if len(distinct) > 1:
            values = {h.rev_id: h.content.get(name) for h in heads}  # type: ignore[union-attr]
            conflicts.append(FieldConflict(name, winner.content[name], winner.rev_id, values))  # type: ignore[index]
    return merged, conflicts


def merged_view(revisions: Mapping[str, Revision]) -> MergedView:
    """The view of one activity from all its known revisions (which must not be empty)."""
    if len(revisions) == 1:  # most activities of a large import: one live revision is its own view
        ((rev_id, only),) = revisions.items()
        if not only.deleted and rev_id not in only.parents:
            return MergedView([rev_id], dict(only.content or {}), False, only.rev_id, only.rev_id)
    heads = find_heads(revisions)
    head_revs = [revisions[h] for h in heads]
    winner = max(head_revs, key=_order_key)
    root = min(revisions.values(), key=lambda r: (len(r.parents) > 0, r.created_at, r.rev_id)).rev_id
    live = [h for h in head_revs if not h.deleted]
    if not live:
        latest = _latest_live(revisions, revisions)
        return MergedView(heads, latest.content if latest else None, True, winner.rev_id, root)
    if len(live) == 1 and len(head_revs) == 1:
        return MergedView(heads, dict(live[0].content or {}), False, winner.rev_id, root)
    base_id = merge_base(revisions, [h.rev_id for h in live])
    base = revisions[base_id].content if base_id else None
    content, conflicts = merge_fields(base, live) if len(live) > 1 else (dict(live[0].content or {}), [])
    live_winner = max(live, key=_order_key)
    if len(live) < len(head_revs):
        # Delete against edit: the edit stays visible (nothing vanishes) until a person decides.
        values = {h.rev_id: (h.deleted) for h in head_revs}
        conflicts.append(FieldConflict(DELETED_FIELD, False, live_winner.rev_id, values))
    return MergedView(heads, content, False, live_winner.rev_id, root, conflicts)
