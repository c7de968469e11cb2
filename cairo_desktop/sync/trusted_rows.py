"""Rebuilding revision content straight from the cells of a verified package.

The plain import turns each row into an :class:`~cairo_desktop.domain.activity.Activity`, validates
it and takes its content again: about a third of a large import. For a package whose signature
verifies, whose app and plan versions are ours, and whose row hashes back to the revision id recorded
for it, the cells are mapped back to content directly, in the exporter's exact shape. A signature
only says who sent the package (any key is trusted on first use), so the caller still validates each
content (as an activity, without parsing the cells again) and sends failures to the validating parser.

Every function returns ``None`` for a cell that is not in that shape; the caller then uses the
validating parser. A mistake here cannot let a wrong value in: the content built is only used if
it hashes to the signed revision id (:func:`revision_json`) and validates.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import orjson

from cairo_desktop.domain.revision import canonical_content_json as _content_json


def count(value: Any) -> int | None | bool:
    """A number of people as the exporter writes it; ``False`` when it is not one."""
    if type(value) is float and value >= 0 and value.is_integer():
        return int(value)
    if value == "":
        return None
    if type(value) is int and value >= 0:
        return value
    return False


def _date(value: Any) -> str | None | bool:
    if type(value) is date:
        return value.isoformat()
    return None if value == "" else False


def _codes(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def activity_content(cells: list[Any], people: list[tuple[Any, ...]],
                     organisations: list[tuple[str, str, str]]) -> dict[str, Any] | None:
    """The content of an Activities/_history row and its children, as ``content_of`` would give it."""
    (_aid, _office, title, action, secondary, approaches, status, kind, planned_start, planned_end, actual_start,
     actual_end, countries, admin_area, place, budget, currency, targeted, reached, description, notes, language,
     _rev) = cells
    texts = (title, action, secondary, approaches, status, kind, countries, admin_area, place, currency, description,
             notes, language)
    if any(type(value) is not str for value in texts):
        return None
    dates = (_date(planned_start), _date(planned_end), _date(actual_start), _date(actual_end))
    totals = (count(targeted), count(reached))
    if False in dates or any(value is False for value in totals):
        return None
    if type(budget) is float or type(budget) is int:
        budget = float(budget)
    elif budget == "":
        budget = None
    else:
        return None
    places = set()
    for part in _codes(countries):
        code, _, role = part.partition(":")
        places.add((code.strip().upper(), role.strip().lower()))
    if any(not name for name, _role, _type in organisations):
        return None
    return {
        "title": title.strip(),
        "action": action,
        "status": status,
        "description": description.strip(),
        "text_lang": language,
        "secondary_actions": sorted(set(_codes(secondary)) - {action}),
        "approaches": sorted(set(_codes(approaches))),
        "activity_type": kind,
        "planned_start": dates[0],
        "planned_end": dates[1],
        "actual_start": dates[2],
        "actual_end": dates[3],
        "countries": [{"country": code, "role": role} for code, role in sorted(places)],
        "admin_area": admin_area.strip(),
        "place": place.strip(),
        "organisations": [{"name": name, "role": role, "type": kind_}
                          for role, name, kind_ in sorted({(role, name, kind_) for name, role, kind_ in organisations})],
        "budget_amount": budget,
        "currency": currency.strip().upper(),
        "people": [{"group": g, "sex": s, "age": a, "targeted": t, "reached": r}
                   for g, s, a, t, r in sorted(people, key=_cell_key)],
        "targeted_total": totals[0],
        "reached_total": totals[1],
        "notes": notes.strip(),
    }


def _cell_key(person: tuple[Any, ...]) -> tuple[str, str, str]:
    return person[0], person[1], person[2]


def revision_json(activity_id: str, parents: tuple[str, ...], content: dict[str, Any] | None, deleted: bool,
                  author: str, office: str, created_at: str, owner: str) -> tuple[str, str | None]:
    """(revision id, canonical JSON of the content): the content is serialised once for both uses.

    Spells out, key by key in sorted order, the canonical JSON that
    :func:`cairo_desktop.domain.revision.compute_rev_id` hashes; a test holds the two equal.
    """
    content_json = None if content is None else _content_json(content)
    payload = orjson.dumps({  # keys in sorted order; the content as already spelled
        "activity": activity_id, "author": author,
        "content": None if content_json is None else orjson.Fragment(content_json), "deleted": deleted,
        "office": office, "owner": owner, "parents": sorted(parents), "time": created_at})
    return hashlib.sha256(payload).hexdigest(), content_json
