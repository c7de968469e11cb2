"""The Cairo Action Plan as data: 5 domains of 4 actions and 5 cross-cutting approaches.

Loaded once from ``resources/plan/cairo_action_plan.json`` (the official text with French and
Arabic translations). Activities refer to actions by code ("3.2") and to approaches by code
("human_rights"); everything else about the plan comes from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache

from cairo_desktop import paths
from cairo_desktop.domain.i18n import LocalText


@dataclass(frozen=True)
class Action:
    code: str
    domain: int
    short_title: LocalText
    text: LocalText


@dataclass(frozen=True)
class Domain:
    number: int
    title: LocalText
    short_title: LocalText
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class Approach:
    code: str
    short_title: LocalText
    text: LocalText


@dataclass(frozen=True)
class Plan:
    version: str
    title: LocalText
    source: LocalText
    domains: tuple[Domain, ...]
    approaches: tuple[Approach, ...]

    # Cached: validation asks for the codes a few times per activity, 100,000 times in a large import.
    @cached_property
    def actions(self) -> tuple[Action, ...]:
        return tuple(action for domain in self.domains for action in domain.actions)

    @cached_property
    def action_codes(self) -> tuple[str, ...]:
        return tuple(action.code for action in self.actions)

    @cached_property
    def approach_codes(self) -> tuple[str, ...]:
        return tuple(approach.code for approach in self.approaches)

    def action(self, code: str) -> Action:
        for action in self.actions:
            if action.code == code:
                return action
        raise KeyError(code)

    def domain(self, number: int) -> Domain:
        for domain in self.domains:
            if domain.number == number:
                return domain
        raise KeyError(number)

    def approach(self, code: str) -> Approach:
        for approach in self.approaches:
            if approach.code == code:
                return approach
        raise KeyError(code)


def domain_of(action_code: str) -> int:
    """The domain number of an action code such as "4.2"."""
    return int(action_code.split(".", 1)[0])


def _parse(data: dict) -> Plan:
    domains = []
    for raw_domain in data["domains"]:
        number = int(raw_domain["number"])
        actions = tuple(
            Action(
                code=raw["code"],
                domain=number,
                short_title=LocalText.from_dict(raw["short_title"]),
                text=LocalText.from_dict(raw["text"]),
            )
            for raw in raw_domain["actions"]
        )
        domains.append(
            Domain(
                number=number,
                title=LocalText.from_dict(raw_domain["title"]),
                short_title=LocalText.from_dict(raw_domain["short_title"]),
                actions=actions,
            )
        )
    approaches = tuple(
        Approach(
            code=raw["code"],
            short_title=LocalText.from_dict(raw["short_title"]),
            text=LocalText.from_dict(raw["text"]),
        )
        for raw in data["approaches"]
    )
    return Plan(
        version=data["plan_version"],
        title=LocalText.from_dict(data["title"]),
        source=LocalText.from_dict(data.get("source", "")),
        domains=tuple(domains),
        approaches=approaches,
    )


@lru_cache(maxsize=1)
def load_plan() -> Plan:
    with open(paths.resource("plan", "cairo_action_plan.json"), encoding="utf-8") as handle:
        return _parse(json.load(handle))
