"""Content values worded for people: what a coordinator reads when choosing between two values."""

from __future__ import annotations

import pytest

from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.merge import DELETED_FIELD
from cairo_desktop.domain.readable import EMPTY, ReadableValues, field_label
from cairo_desktop.domain.vocabularies import load_vocabularies

PEOPLE = [{"group": "REF", "sex": "f", "age": "adults", "targeted": 40, "reached": 35},
          {"group": "IDP", "sex": "m", "age": "children", "targeted": None, "reached": 3}]


@pytest.fixture(scope="module")
def readable() -> ReadableValues:
    return ReadableValues(load_plan(), load_vocabularies())


def test_people_are_worded_with_the_vocabulary_labels_in_each_language(readable: ReadableValues) -> None:
    assert readable.value("people", PEOPLE) == ("Refugees, Female, Adults (18-59): 40 targeted, 35 reached; "
                                                "Internally displaced persons, Male, Children (0-17): 3 reached")
    french = readable.value("people", PEOPLE, "fr")
    assert french.startswith("Réfugiés, Féminin, Adultes (18-59 ans): 40 ciblées, 35 atteintes; ")
    assert readable.value("people", PEOPLE, separator="\n").count("\n") == 1  # one person per line in a window
    arabic = readable.value("people", PEOPLE, "ar")
    assert arabic.startswith("اللاجئون، أنثى، ") and "؛ " in arabic


def test_codes_of_the_plan_and_vocabularies_become_their_labels(readable: ReadableValues) -> None:
    assert readable.value("action", "3.2") == "3.2 Contingency planning for large movements"
    assert readable.value("secondary_actions", ["1.1", "9.9"]).startswith("1.1 ")
    assert readable.value("secondary_actions", ["1.1", "9.9"]).endswith("; 9.9")  # unknown code: as stored
    assert readable.value("approaches", ["gender_vulnerable"]) == "Gender and groups in vulnerable situations"
    assert readable.value("countries", [{"country": "ETH", "role": "origin"}, {"country": "SDN", "role": ""}]) == \
        "Ethiopia (Country of origin); Sudan"
    assert readable.value("status", "closed", "fr") == "Clôturé"
    organisation = readable.value("organisations", [{"name": "IOM", "role": "implementing", "type": "40"}])
    assert organisation.startswith("IOM — Implementing (")


def test_flags_amounts_and_empty_values(readable: ReadableValues) -> None:
    assert readable.value(DELETED_FIELD, True) == "deleted" and readable.value(DELETED_FIELD, False, "fr") == "conservée"
    assert readable.value("budget_amount", 1200.5) == "1200.50"
    assert readable.value("place", "") == readable.value("notes", None) == readable.value("people", []) == EMPTY
    assert readable.value("title", "Workshop") == "Workshop"


def test_a_value_in_an_unexpected_shape_is_shown_as_stored(readable: ReadableValues) -> None:
    assert readable.value("people", "IDP f") == "IDP f"
    assert readable.value("countries", [{"code": "ETH"}]) == '[{"code": "ETH"}]'
    assert readable.value("unknown_field", {"a": 1}) == '{"a": 1}'


def test_field_labels_in_three_languages_and_unknown_fields_by_name() -> None:
    assert [field_label("budget_amount", lang) for lang in ("en", "fr", "ar")] == ["Budget", "Budget", "الميزانية"]
    assert field_label("planned_start", "fr") == "Début prévu"
    assert field_label("something_new") == "something_new"


def test_every_content_field_has_a_label() -> None:
    from cairo_desktop.domain.activity import Activity, content_of

    fields = set(content_of(Activity(title="Workshop", action="1.1"))) | {DELETED_FIELD}
    assert [field for field in sorted(fields) if field_label(field) == field] == []
