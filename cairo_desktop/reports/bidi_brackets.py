"""Right-to-left display order that keeps brackets with the text they enclose (UAX #9, rule N0).

python-bidi offers two implementations: the Rust one resolves bracket pairs but does not mirror
glyphs, and the pure-Python one mirrors glyphs but does not resolve bracket pairs. Without the pair
rule, "EGY-CAI (Cairo field office)" on an Arabic page prints its closing bracket at the far left,
turned round: "(EGY-CAI (Cairo field office". This module runs the pure-Python steps with the pair
rule added between the weak and the neutral types, so brackets are both placed and mirrored.
"""

from __future__ import annotations

from typing import Any

from bidi import algorithm

_OPENING = {"(": ")", "[": "]", "{": "}"}
_CLOSING = frozenset(_OPENING.values())
_MAX_DEPTH = 63  # BD16: a deeper nesting stops the pairing


def display(text: str, base_dir: str) -> str:
    """``text`` in display order on a paragraph of direction ``base_dir`` ("L" or "R"), brackets mirrored."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = algorithm.PARAGRAPH_LEVELS[base_dir]
    storage["base_dir"] = base_dir
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    resolve_paired_brackets(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    return "".join(char["ch"] for char in storage["chars"])


def resolve_paired_brackets(storage: dict[str, Any]) -> None:
    """Rule N0: each bracket pair takes one strong direction, from its content and what precedes it."""
    for run in storage["runs"]:
        chars = storage["chars"][run["start"]:run["start"] + run["length"]]
        if not chars:
            continue
        embedding = "R" if chars[0]["level"] % 2 else "L"
        for opening, closing in bracket_pairs(chars):
            direction = _pair_direction(chars, opening, closing, embedding, run["sor"])
            if direction:
                chars[opening]["type"] = chars[closing]["type"] = direction


def bracket_pairs(chars: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """BD16: the (opening, closing) positions of matched brackets, in the order of their openings."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        if char["ch"] in _OPENING:
            if len(stack) == _MAX_DEPTH:
                break
            stack.append((_OPENING[char["ch"]], index))
        elif char["ch"] in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char["ch"]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _strong(bidi_type: str) -> str | None:
    """The direction a resolved type counts as inside and around brackets (numbers count as R)."""
    if bidi_type == "L":
        return "L"
    return "R" if bidi_type in ("R", "AL", "EN", "AN") else None


def _pair_direction(chars: list[dict[str, Any]], opening: int, closing: int, embedding: str, sor: str) -> str | None:
    inside = {_strong(char["type"]) for char in chars[opening + 1:closing]} - {None}
    if embedding in inside:
        return embedding
    if not inside:
        return None  # left to the neutral rules, as any other punctuation
    opposite = inside.pop()
    before = next((found for found in (_strong(char["type"]) for char in reversed(chars[:opening])) if found), sor)
    return opposite if before == opposite else embedding
