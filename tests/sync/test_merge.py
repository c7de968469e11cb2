"""The pure merge of a revision graph: heads, base, per-field three-way merge, deterministic winner."""

from __future__ import annotations

from cairo_desktop.domain.merge import DELETED_FIELD, find_heads, merge_base, merged_view
from cairo_desktop.domain.revision import make_revision


def rev(parents, content, time, deleted=False, author="a"):
    return make_revision("act-1", [p.rev_id for p in parents], None if deleted else content, author=author,
                         office="X", owner_office="X", deleted=deleted, created_at=time)


def graph(*revisions):
    return {r.rev_id: r for r in revisions}


BASE = {"title": "t", "place": "p", "notes": ""}


def test_fast_forward_has_one_head_and_latest_content() -> None:
    r1 = rev([], BASE, "2025-01-01")
    r2 = rev([r1], {**BASE, "title": "t2"}, "2025-01-02")
    view = merged_view(graph(r1, r2))
    assert view.heads == [r2.rev_id] and view.content["title"] == "t2" and not view.conflicts


def test_parallel_edits_of_different_fields_merge_without_conflict() -> None:
    r1 = rev([], BASE, "2025-01-01")
    a = rev([r1], {**BASE, "title": "A"}, "2025-01-02")
    b = rev([r1], {**BASE, "place": "B"}, "2025-01-03")
    view = merged_view(graph(r1, a, b))
    assert merge_base(graph(r1, a, b), [a.rev_id, b.rev_id]) == r1.rev_id
    assert view.content == {"title": "A", "place": "B", "notes": ""}
    assert view.conflicts == [] and view.heads == sorted([a.rev_id, b.rev_id])


def test_same_field_conflict_later_edit_wins_and_loser_is_kept() -> None:
    r1 = rev([], BASE, "2025-01-01")
    early = rev([r1], {**BASE, "title": "early"}, "2025-01-02")
    late = rev([r1], {**BASE, "title": "late"}, "2025-01-03")
    view = merged_view(graph(r1, early, late))
    assert view.content["title"] == "late"
    (conflict,) = view.conflicts
    assert conflict.field == "title" and set(conflict.values.values()) == {"early", "late"}


def test_result_does_not_depend_on_insertion_order() -> None:
    r1 = rev([], BASE, "2025-01-01")
    a = rev([r1], {**BASE, "title": "A", "notes": "n"}, "2025-01-02")
    b = rev([r1], {**BASE, "title": "B"}, "2025-01-02")  # same time: the rev id breaks the tie
    one, two = merged_view(graph(r1, a, b)), merged_view(graph(b, a, r1))
    assert (one.content, one.heads, one.winner) == (two.content, two.heads, two.winner)


def test_delete_against_edit_keeps_the_edit_and_reports_a_conflict() -> None:
    r1 = rev([], BASE, "2025-01-01")
    edit = rev([r1], {**BASE, "title": "edited"}, "2025-01-02")
    tomb = rev([r1], None, "2025-01-03", deleted=True)
    view = merged_view(graph(r1, edit, tomb))
    assert not view.deleted and view.content["title"] == "edited"
    assert [c.field for c in view.conflicts] == [DELETED_FIELD]


def test_tombstone_on_top_deletes() -> None:
    r1 = rev([], BASE, "2025-01-01")
    tomb = rev([r1], None, "2025-01-03", deleted=True)
    view = merged_view(graph(r1, tomb))
    assert view.deleted and view.content == BASE and find_heads(graph(r1, tomb)) == [tomb.rev_id]


def test_merge_revision_closes_heads() -> None:
    r1 = rev([], BASE, "2025-01-01")
    a = rev([r1], {**BASE, "title": "A"}, "2025-01-02")
    b = rev([r1], {**BASE, "title": "B"}, "2025-01-03")
    m = rev([a, b], {**BASE, "title": "A"}, "2025-01-04")
    view = merged_view(graph(r1, a, b, m))
    assert view.heads == [m.rev_id] and view.content["title"] == "A" and not view.conflicts
