"""Revision content is spelled the same by the fast encoder and the standard one, whatever it holds."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cairo_desktop.domain.revision import canonical_content_json, canonical_json

TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=12)  # any code point, surrogates included
COUNT = st.none() | st.integers(min_value=-(2**70), max_value=2**70)
PERSON = st.fixed_dictionaries({"group": TEXT, "sex": TEXT, "age": TEXT, "targeted": COUNT, "reached": COUNT})
TOP_VALUE = TEXT | COUNT | st.floats() | st.booleans() | st.lists(TEXT, max_size=3) | st.lists(PERSON, max_size=3)


@settings(max_examples=400)
@given(content=st.dictionaries(TEXT, TOP_VALUE, max_size=6), budget=st.none() | st.floats())
def test_content_json_is_the_canonical_json(content: dict, budget: float | None) -> None:
    content["budget_amount"] = budget
    assert canonical_content_json(content) == canonical_json(content)


def test_budgets_at_the_edges_of_the_plain_spelling() -> None:
    for budget in (0.0, -0.0, 1e-4, 9.999999999999999e-05, 9999999999999998.0, 1e16, 5e-324, 1.5e300, 1234.5,
                   float("nan"), float("inf"), -float("inf")):
        content = {"budget_amount": budget, "people": [{"group": "REF", "targeted": 2**63 - 1}]}
        assert canonical_content_json(content) == canonical_json(content)


@settings(max_examples=400)
@given(value=TEXT | st.lists(TEXT, max_size=4))
def test_texts_and_lists_of_texts_are_spelled_as_the_standard_encoder_does(value: str | list[str]) -> None:
    """Ids, names, times, parents and heads go through orjson; a lone surrogate falls back to the standard encoder."""
    standard = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert canonical_json(value) == standard
