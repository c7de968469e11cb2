"""The readable ``Codes`` sheet: which code goes in which column, and what it means.

A partner without the app who fills a package by hand sees only codes in the dropdowns (``HST``,
``whole_of_route``, ``22``) and has no list at all for the countries. This sheet gives every code the
package accepts its meaning in the exporter's language, next to the column it belongs in. It is written
for people: the importer does not read it and it is not signed, like ``About`` and ``Lists``.
"""

from __future__ import annotations

from typing import Iterable

from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.vocabularies import Term, Vocabulary, load_vocabularies
from cairo_desktop.sync import columns as C

HEADERS = {
    "en": ("Column", "Code", "Meaning"),
    "fr": ("Colonne", "Code", "Signification"),
    "ar": ("العمود", "الرمز", "المعنى"),
}
WIDTHS = (36, 16, 60)


def _where(sheet: str, header: str) -> str:
    return f"{sheet}: {header}"


def _terms(where: str, terms: Iterable[Term], lang: str) -> list[list[str]]:
    return [[where, term.code, term.label.get(lang)] for term in terms]


def _age_bands() -> list[Term]:
    """Every age band of every band set, once each (a package accepts any of them)."""
    seen: dict[str, Term] = {}
    for band_set in load_vocabularies().age_band_sets.values():
        for term in band_set:
            seen.setdefault(term.code, term)
    return list(seen.values())


def code_rows(lang: str) -> list[list[str]]:
    """The header and one row per accepted code, grouped by the column it goes in."""
    plan, vocab = load_plan(), load_vocabularies()
    actions = _where(C.ACTIVITIES, "Action, Other actions")
    rows: list[list[str]] = [list(HEADERS.get(lang, HEADERS["en"]))]
    rows += [[actions, action.code, action.short_title.get(lang)] for action in plan.actions]
    rows += [[_where(C.ACTIVITIES, "Approaches"), approach.code, approach.short_title.get(lang)]
             for approach in plan.approaches]
    listed: tuple[tuple[str, str, Vocabulary | list[Term]], ...] = (
        (C.ACTIVITIES, "Status", vocab.statuses),
        (C.ACTIVITIES, "Type", vocab.activity_types),
        (C.ACTIVITIES, "Countries (ISO3:role)", vocab.countries),
        (C.ACTIVITIES, "Countries (ISO3:role)", vocab.route_roles),
        (C.ACTIVITIES, "Currency", vocab.currencies),
        (C.ACTIVITIES, "Language", vocab.languages),
        (C.PEOPLE, "Population group", vocab.population_groups),
        (C.PEOPLE, "Sex", vocab.sexes),
        (C.PEOPLE, "Age band", _age_bands()),
        (C.ORGANISATIONS, "Role", vocab.organisation_roles),
        (C.ORGANISATIONS, "Type (IATI)", vocab.organisation_types),
    )
    for sheet, header, terms in listed:
        rows += _terms(_where(sheet, header), terms, lang)
    return rows
