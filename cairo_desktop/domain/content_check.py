"""A fast yes/no: would this revision content pass :func:`cairo_desktop.domain.validation.validate`?

A large import of a signed package rebuilds each row's content straight from its cells, without
building an :class:`Activity` (see ``sync.trusted_rows``). A signature proves who sent a package,
not that its values are sound: an office's key is trusted on first use, so anyone can sign. Each
such row still passes this check, which looks only at the content dict with set look-ups. It is
conservative: it may say no to a valid row (the full validator then decides and explains), never
yes to one the validator would refuse; ``tests/domain/test_content_check.py`` holds it to that.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cairo_desktop.domain.catalogue import Plan, load_plan
from cairo_desktop.domain.validation import MAX_TEXT, MAX_TITLE
from cairo_desktop.domain.vocabularies import Vocabularies, load_vocabularies

_STARTED = frozenset({"implementation", "finalisation", "closed"})
_TEXTS = ("description", "notes", "place", "admin_area")


class ContentCheck:
    """Built once per import: the plan's and vocabularies' codes as sets."""

    def __init__(self, plan: Plan | None = None, vocab: Vocabularies | None = None) -> None:
        plan = plan or load_plan()
        vocab = vocab or load_vocabularies()
        self._actions = frozenset(plan.action_codes)
        self._approaches = frozenset(plan.approach_codes)
        self._statuses = frozenset(vocab.statuses.codes)
        self._types = frozenset(vocab.activity_types.codes)
        self._languages = frozenset(vocab.languages.codes)
        self._countries = frozenset(vocab.countries.codes)
        self._route_roles = frozenset(vocab.route_roles.codes)
        self._org_roles = frozenset(vocab.organisation_roles.codes)
        self._org_types = frozenset(vocab.organisation_types.codes)
        self._currencies = frozenset(vocab.currencies.codes)
        self._groups = frozenset(vocab.population_groups.codes)
        self._sexes = frozenset(vocab.sexes.codes)
        self._ages = frozenset(code for band_set in vocab.age_band_sets.values() for code in band_set.codes)

    def passes(self, content: dict[str, Any]) -> bool:
        try:
            return self._texts(content) and self._codes(content) and self._dates(content) \
                and self._places_and_partners(content) and self._money(content) and self._people(content)
        except (KeyError, TypeError, ValueError, AttributeError):  # not content_of's shape: the validator speaks
            return False

    def _texts(self, c: dict[str, Any]) -> bool:
        title = c["title"]
        if type(title) is not str or not title.strip() or len(title) > MAX_TITLE:
            return False
        return all(type(c[name]) is str and len(c[name]) <= MAX_TEXT for name in _TEXTS)

    def _codes(self, c: dict[str, Any]) -> bool:
        return (c["action"] in self._actions and all(code in self._actions for code in c["secondary_actions"])
                and all(code in self._approaches for code in c["approaches"]) and c["status"] in self._statuses
                and c["activity_type"] in self._types and (c["text_lang"] == "" or c["text_lang"] in self._languages))

    def _dates(self, c: dict[str, Any]) -> bool:
        values = [c[name] for name in ("planned_start", "planned_end", "actual_start", "actual_end")]
        for value in values:
            if value is not None:
                date.fromisoformat(value)  # ValueError or TypeError: not a date, so not ours to pass
        planned_start, planned_end, actual_start, actual_end = values
        if planned_start and planned_end and planned_end < planned_start:  # ISO dates sort as text
            return False
        if actual_start and actual_end and actual_end < actual_start:
            return False
        return not (c["status"] in _STARTED and not (actual_start or planned_start))

    def _places_and_partners(self, c: dict[str, Any]) -> bool:
        seen: set[str] = set()
        for place in c["countries"]:
            code, role = place["country"], place.get("role") or ""
            if code not in self._countries or (role and role not in self._route_roles) or code in seen:
                return False
            seen.add(code)
        for organisation in c["organisations"]:
            kind = organisation.get("type") or ""
            if (type(organisation["name"]) is not str or not organisation["name"].strip()
                    or organisation["role"] not in self._org_roles or (kind and kind not in self._org_types)):
                return False
        return True

    def _money(self, c: dict[str, Any]) -> bool:
        budget, currency = c["budget_amount"], c["currency"]
        if budget is not None and (type(budget) not in (int, float) or budget < 0 or not currency):
            return False
        return currency == "" or currency in self._currencies

    def _people(self, c: dict[str, Any]) -> bool:
        seen: set[tuple[str, str, str]] = set()
        sums = {"targeted": 0, "reached": 0}
        for cell in c["people"]:
            key = (cell["group"], cell["sex"], cell["age"])
            if key[0] not in self._groups or key[1] not in self._sexes or key[2] not in self._ages or key in seen:
                return False
            seen.add(key)
            for kind in sums:
                value = cell.get(kind)
                if value is not None:
                    if type(value) is not int or value < 0:
                        return False
                    sums[kind] += value
        for kind, total in sums.items():
            stated = c[f"{kind}_total"]
            if stated is not None and (type(stated) is not int or stated < 0 or total > stated):
                return False
        return True
