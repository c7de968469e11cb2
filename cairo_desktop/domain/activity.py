"""The activity record: who did what, where, when, for whom, against which action of the plan.

An :class:`Activity` is plain data. Its *content* (everything a person edits) is what revisions
hash and what sync packages carry; ``id``, ``office`` and the bookkeeping fields (revision, who and
when) travel beside it. ``to_json``/``from_json`` define the JSON that the CLI prints and accepts.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from cairo_desktop.domain.catalogue import domain_of


@dataclass(frozen=True)
class CountryRole:
    country: str
    role: str = ""  # origin / transit / destination, or "" when not stated


@dataclass(frozen=True)
class OrganisationRole:
    name: str
    role: str  # funding / accountable / extending / implementing
    type: str = ""  # IATI organisation type code


@dataclass(frozen=True)
class PeopleCount:
    group: str
    sex: str
    age: str
    targeted: int | None = None
    reached: int | None = None


@dataclass
class Activity:
    """One activity. Lists are kept sorted where order carries no meaning, so content hashes are stable."""

    title: str
    action: str
    status: str = "implementation"
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    office: str = ""
    description: str = ""
    text_lang: str = "en"
    secondary_actions: list[str] = field(default_factory=list)
    approaches: list[str] = field(default_factory=list)
    activity_type: str = "other"
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    countries: list[CountryRole] = field(default_factory=list)
    admin_area: str = ""
    place: str = ""
    organisations: list[OrganisationRole] = field(default_factory=list)
    budget_amount: float | None = None
    currency: str = ""
    people: list[PeopleCount] = field(default_factory=list)
    targeted_total: int | None = None
    reached_total: int | None = None
    notes: str = ""
    # Bookkeeping, set by the store, not part of the content.
    deleted: bool = False
    rev: str = ""
    heads: list[str] = field(default_factory=list)
    created_by: str = ""
    created_at: str = ""
    updated_by: str = ""
    updated_at: str = ""

    @property
    def domain(self) -> int:
        return domain_of(self.action)

    @property
    def start_date(self) -> date | None:
        return self.actual_start or self.planned_start

    @property
    def end_date(self) -> date | None:
        return self.actual_end or self.planned_end

    def people_total(self, kind: str) -> int:
        """Sum of the disaggregated counts, ``kind`` being "targeted" or "reached"."""
        return sum(getattr(count, kind) or 0 for count in self.people)


BOOKKEEPING_FIELDS: tuple[str, ...] = (
    "id", "office", "deleted", "rev", "heads", "created_by", "created_at", "updated_by", "updated_at",
)
DATE_FIELDS: tuple[str, ...] = ("planned_start", "planned_end", "actual_start", "actual_end")
CONTENT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Activity) if f.name not in BOOKKEEPING_FIELDS
)


# Characters a workbook cannot hold (XML 1.0 allows no other C0 control) or UTF-8 cannot encode (a
# lone surrogate, from a broken copy and paste). Word's line and page breaks (\v, \f) become line breaks.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_REPLACEMENT = {"\x0b": "\n", "\x0c": "\n"}


def _text(value: str) -> str:
    # Line breaks as "\n" only: a spreadsheet reader gives "\r\n" back as "\n", and the content must survive.
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _UNSTORABLE.search(value):
        value = _UNSTORABLE.sub(lambda m: _REPLACEMENT.get(m[0], "\ufffd" if m[0] >= "\ud800" else ""), value)
    return value.strip()


stored_text = _text  # a text as it is saved (for finding which cell a saved value came from)


def normalised(activity: Activity) -> Activity:
    """The same activity with stripped text, one kind of line break and sorted lists, so equal content hashes equally."""
    return replace(
        activity,
        title=_text(activity.title),
        description=_text(activity.description),
        admin_area=_text(activity.admin_area),
        place=_text(activity.place),
        notes=_text(activity.notes),
        currency=activity.currency.strip().upper(),
        secondary_actions=sorted(set(activity.secondary_actions) - {activity.action}),
        approaches=sorted(set(activity.approaches)),
        countries=sorted(set(activity.countries), key=lambda c: (c.country, c.role)),
        organisations=sorted({replace(o, name=_text(o.name)) for o in activity.organisations},
                             key=lambda o: (o.role, o.name, o.type)),
        people=sorted(activity.people, key=lambda p: (p.group, p.sex, p.age)),
    )


def content_of(activity: Activity, is_normalised: bool = False) -> dict[str, Any]:
    """The editable content as plain JSON-ready data (dates as ISO text)."""
    if not is_normalised:
        activity = normalised(activity)
    data: dict[str, Any] = {}
    for name in CONTENT_FIELDS:
        value = getattr(activity, name)
        if name in DATE_FIELDS:
            value = value.isoformat() if value else None
        elif name == "countries":
            value = [{"country": c.country, "role": c.role} for c in value]
        elif name == "organisations":
            value = [{"name": o.name, "role": o.role, "type": o.type} for o in value]
        elif name == "people":
            value = [
                {"group": p.group, "sex": p.sex, "age": p.age, "targeted": p.targeted, "reached": p.reached}
                for p in value
            ]
        data[name] = value
    return data


def to_json(activity: Activity) -> dict[str, Any]:
    """The activity as the CLI prints it: identity, content, derived dates and bookkeeping."""
    data: dict[str, Any] = {"id": activity.id, "office": activity.office}
    data.update(content_of(activity))
    data["domain"] = activity.domain
    data["start_date"] = activity.start_date.isoformat() if activity.start_date else None
    data["end_date"] = activity.end_date.isoformat() if activity.end_date else None
    data["deleted"] = activity.deleted
    data["rev"] = activity.rev
    data["heads"] = list(activity.heads)
    for name in ("created_by", "created_at", "updated_by", "updated_at"):
        data[name] = getattr(activity, name)
    return data
