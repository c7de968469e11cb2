"""Reference vocabularies: countries, currencies, population groups, sex, age bands, statuses...

Loaded from ``resources/vocabularies``. Each list is a :class:`Vocabulary` of :class:`Term`; codes are
what the database and the sync packages store, labels are what people read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Iterator, Mapping

from cairo_desktop import paths
from cairo_desktop.domain.i18n import LocalText


@dataclass(frozen=True)
class Term:
    code: str
    label: LocalText
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {term.code: term for term in self.terms})

    def __contains__(self, code: object) -> bool:
        return code in self._by_code  # type: ignore[attr-defined]

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def by_code(self) -> Mapping[str, Term]:
        """Each term by its code (``code in by_code`` is the quickest membership test)."""
        return self._by_code  # type: ignore[attr-defined,no-any-return]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def term(self, code: str) -> Term:
        return self._by_code[code]  # type: ignore[attr-defined]

    def label(self, code: str, lang: str = "en") -> str:
        term = self._by_code.get(code)  # type: ignore[attr-defined]
        return term.label.get(lang) if term else code


@dataclass(frozen=True)
class Vocabularies:
    countries: Vocabulary
    currencies: Vocabulary
    population_groups: Vocabulary
    sexes: Vocabulary
    age_bands: Vocabulary
    age_band_sets: dict[str, Vocabulary]
    statuses: Vocabulary
    activity_types: Vocabulary
    organisation_types: Vocabulary
    organisation_roles: Vocabulary
    route_roles: Vocabulary
    languages: Vocabulary
    organisations: Vocabulary

    @cached_property
    def all_age_band_codes(self) -> frozenset[str]:
        """Every age band of every band set (validation accepts any of them)."""
        return frozenset(code for band_set in self.age_band_sets.values() for code in band_set.codes)

    def kp_members(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.countries if term.extra.get("kp_member"))

    def common_currencies(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.currencies if term.extra.get("common"))


def _vocabulary(name: str, raw_terms: list[dict[str, Any]]) -> Vocabulary:
    terms = []
    for raw in raw_terms:
        extra = {key: value for key, value in raw.items() if key not in ("code", "label")}
        terms.append(Term(code=str(raw["code"]), label=LocalText.from_dict(raw["label"]), extra=extra))
    return Vocabulary(name=name, terms=tuple(terms))


def _read(name: str) -> Any:
    with open(paths.resource("vocabularies", name), encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def load_vocabularies() -> Vocabularies:
    small = _read("vocabularies.json")
    band_sets = {
        set_name: _vocabulary(f"age_bands.{set_name}", terms)
        for set_name, terms in small["age_band_sets"]["sets"].items()
    }
    default_set = small["age_band_sets"]["default"]
    return Vocabularies(
        countries=_vocabulary("countries", _read("countries.json")),
        currencies=_vocabulary("currencies", _read("currencies.json")),
        population_groups=_vocabulary("population_groups", small["population_groups"]),
        sexes=_vocabulary("sexes", small["sexes"]),
        age_bands=band_sets[default_set],
        age_band_sets=band_sets,
        statuses=_vocabulary("activity_statuses", small["activity_statuses"]),
        activity_types=_vocabulary("activity_types", small["activity_types"]),
        organisation_types=_vocabulary("organisation_types", small["organisation_types"]),
        organisation_roles=_vocabulary("organisation_roles", small["organisation_roles"]),
        route_roles=_vocabulary("route_roles", small["route_roles"]),
        languages=_vocabulary("languages", small["languages"]),
        organisations=_vocabulary("organisations", small.get("organisations", [])),
    )
