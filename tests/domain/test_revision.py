"""Content-addressed revisions: same data, same id; any change, another id."""

from __future__ import annotations

from dataclasses import replace

from cairo_desktop.domain.activity import content_of
from cairo_desktop.domain.activity_json import from_content
from cairo_desktop.domain.revision import make_revision, verify_rev_id
from tests.conftest import sample_activity


def test_rev_id_is_a_pure_function_of_the_revision() -> None:
    content = content_of(from_content(sample_activity()))
    first = make_revision("a1", ["p2", "p1"], content, author="amina", office="ETH-ADD", owner_office="ETH-ADD",
                          created_at="2025-05-01T10:00:00.000000Z")
    again = make_revision("a1", ["p1", "p2"], dict(content), author="amina", office="ETH-ADD", owner_office="ETH-ADD",
                          created_at="2025-05-01T10:00:00.000000Z")
    assert first.rev_id == again.rev_id  # parent order does not matter
    assert verify_rev_id(first)


def test_any_change_changes_the_id_and_breaks_verification() -> None:
    content = content_of(from_content(sample_activity()))
    revision = make_revision("a1", [], content, author="amina", office="ETH-ADD", owner_office="ETH-ADD")
    tampered = replace(revision, content=dict(content, title="Something else"))
    assert not verify_rev_id(tampered)
    other_author = replace(revision, author="someone")
    assert not verify_rev_id(other_author)


def test_content_is_normalised_so_list_order_does_not_matter() -> None:
    one = from_content(sample_activity(approaches=["human_rights", "anti_racism"]))
    two = from_content(sample_activity(approaches=["anti_racism", "human_rights"], title="  " + one.title + " ")
                       )
    assert content_of(one) == content_of(two)


def test_canonical_content_reads_back_to_the_same_activity() -> None:
    from cairo_desktop.domain.activity_json import from_canonical

    original = from_content(sample_activity(secondary_actions=["1.2"], actual_start="2025-05-03", notes="n"))
    content = content_of(original)
    rebuilt = from_canonical(content, original.id, "ETH-ADD")
    assert content_of(rebuilt) == content
    assert rebuilt.actual_start.isoformat() == "2025-05-03" and rebuilt.office == "ETH-ADD"
