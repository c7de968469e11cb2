"""Reading an activity back from JSON-like data (CLI ``--json`` files, revision content, packages).

Wrong types become a :class:`~cairo_desktop.errors.UserError` naming the field and what is
expected. Derived and bookkeeping keys that ``to_json`` prints (domain, start_date, rev, ...) are
accepted and ignored, so the output of ``activity list --format json`` can be fed back in.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from cairo_desktop.domain.activity import (
    CONTENT_FIELDS,
    DATE_FIELDS,
    Activity,
    CountryRole,
    OrganisationRole,
    PeopleCount,
)
from cairo_desktop.errors import UserError

IGNORED_KEYS = frozenset(
    {"domain", "start_date", "end_date", "deleted", "rev", "heads", "created_by", "created_at",
     "updated_by", "updated_at", "id", "office"}
)
TEXT_FIELDS = frozenset(
    {"title", "action", "status", "description", "text_lang", "activity_type", "admin_area", "place",
     "currency", "notes"}
)
INT_FIELDS = frozenset({"targeted_total", "reached_total"})
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# An amount written as text: plain digits (an exponent allowed), or digits grouped by three with one kind
# of separator (comma, space, no-break space, narrow no-break space or apostrophe); a point, if any, is
# the decimal point.
AMOUNT = re.compile(r"(?P<sign>[-+]?)(?P<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
                    r"|[0-9]{1,3}(?:(?P<sep>[, \u00a0\u202f'\u2019])[0-9]{3})(?:(?P=sep)[0-9]{3})*(?:\.[0-9]+)?)")
THOUSANDS = re.compile(r"[, \u00a0\u202f'\u2019]")
PLAIN_AMOUNT = re.compile(r"[-+]?[0-9 \u00a0\u202f'\u2019]+")
# Arabic-Indic and Persian digits, and the Arabic decimal and thousands separators, as the same amount in
# Western digits (what an Arabic keyboard types).
WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")


def _fail(field: str, problem: str) -> UserError:
    return UserError(f"Field '{field}': {problem}")


def parse_date(field: str, value: Any) -> date | None:
    """A date from a date (a date with a time of day is taken as its day) or from text written YYYY-MM-DD.

    Nothing else is read: not "20250501" or "2025-W18-4" (which ``date.fromisoformat`` takes), nor
    "2025-05-01garbage", nor a time of day, so what is saved is always exactly a day.
    """
    if value in (None, ""):
        return None
    if isinstance(value, datetime):  # a spreadsheet cell typed "1/11/2025 9:00": the user meant the day
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:  # 2025-02-30
            pass
    raise _fail(field, f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-04-09.")


def parse_count(field: str, value: Any) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise _fail(field, f"'{value}' is not a number of people.")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise _fail(field, f"'{value}' is not a whole number of people.") from None


def parse_amount(field: str, value: Any) -> float | None:
    """An amount of money from a number, or from text with a point as decimal separator.

    Thousands may be grouped only where that cannot be read another way: by commas ("1,500.50"),
    spaces or no-break spaces ("1 500"), each group of three digits. "1,5" or "1.500,50" (a comma as
    decimal separator) is refused rather than read as another amount.
    """
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise _fail(field, f"'{value}' is not an amount of money; write digits only, e.g. 25000.")
    if isinstance(value, (int, float)):
        try:
            amount = float(value)
        except OverflowError:  # an int beyond any float
            amount = math.inf
    else:
        amount = _amount_text(field, str(value))
    if not math.isfinite(amount):  # float() also reads "nan", "inf" and "1e999"
        raise _fail(field, f"'{value}' is not an amount of money; write digits only, e.g. 25000.")
    # Spreadsheets keep 15 significant digits (openpyxl writes 16): a sum's binary noise such as
    # 0.30000000000000004 would come back from a package as another number, so the package would not verify.
    return float(f"{amount:.15g}")


def _amount_text(field: str, text: str) -> float:
    """The amount written in ``text`` (NaN when it is no number); refuses a comma that may be a decimal separator."""
    text = text.strip().translate(WESTERN_DIGITS)
    match = AMOUNT.fullmatch(text)
    if match is None:
        if any(mark in text for mark in ",.") and PLAIN_AMOUNT.fullmatch(text.replace(",", "").replace(".", "")):
            raise _fail(field, f"'{text}' cannot be read as one amount of money: a comma may only group thousands "
                               "(as in 1,500). Write the amount with a point as decimal separator, e.g. 1500.50.")
        return math.nan
    return float(match["sign"] + THOUSANDS.sub("", match["number"]))


def _text_list(field: str, value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
    if not isinstance(value, list):
        raise _fail(field, "expected a list of codes.")
    return [str(item).strip() for item in value if str(item).strip()]


def _entries(field: str, value: Any, what: str) -> list[Any]:
    """The entries of a list field; ``None`` or "" is none, anything but a list is refused by name."""
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        raise _fail(field, f"expected a list of {what}.")
    return value


def _countries(value: Any) -> list[CountryRole]:
    if isinstance(value, str):  # "ETH:origin, SDN:transit", as the package's column holds them
        value = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
    result = []
    for item in _entries("countries", value, "countries"):
        if isinstance(item, str):
            code, _, role = item.partition(":")
            result.append(CountryRole(country=code.strip().upper(), role=role.strip().lower()))
        elif isinstance(item, dict) and "country" in item:
            result.append(CountryRole(country=str(item["country"]).upper(), role=str(item.get("role") or "")))
        else:
            raise _fail("countries", "each country needs a 'country' code (ISO 3166 alpha-3) and an optional 'role'.")
    return result


def _organisations(value: Any) -> list[OrganisationRole]:
    result = []
    for item in _entries("organisations", value, "organisations"):
        if not isinstance(item, dict) or not item.get("name"):
            raise _fail("organisations", "each organisation needs a 'name' and a 'role'.")
        result.append(
            OrganisationRole(name=str(item["name"]).strip(), role=str(item.get("role") or ""), type=str(item.get("type") or ""))
        )
    return result


def _people(value: Any) -> list[PeopleCount]:
    result = []
    for index, item in enumerate(_entries("people", value, "people counts"), start=1):
        if not isinstance(item, dict):
            raise _fail("people", f"entry {index} must have group, sex, age, targeted and reached.")
        result.append(
            PeopleCount(
                group=str(item.get("group") or ""),
                sex=str(item.get("sex") or ""),
                age=str(item.get("age") or ""),
                targeted=parse_count(f"people[{index}].targeted", item.get("targeted")),
                reached=parse_count(f"people[{index}].reached", item.get("reached")),
            )
        )
    return result


def _convert(name: str, value: Any) -> Any:
    if name in DATE_FIELDS:
        return parse_date(name, value)
    if name in INT_FIELDS:
        return parse_count(name, value)
    if name == "budget_amount":
        return parse_amount(name, value)
    if name in ("secondary_actions", "approaches"):
        return _text_list(name, value)
    if name == "countries":
        return _countries(value)
    if name == "organisations":
        return _organisations(value)
    if name == "people":
        return _people(value)
    if name in TEXT_FIELDS:
        if value is None:
            return ""
        if not isinstance(value, (str, int, float)):
            raise _fail(name, "expected text.")
        return str(value)
    raise _fail(name, "is not a field of an activity.")


def apply_changes(base: Activity, changes: dict[str, Any]) -> Activity:
    """``base`` with the given content fields replaced; unknown keys are refused by name."""
    updates: dict[str, Any] = {}
    for key, value in changes.items():
        if key in IGNORED_KEYS:
            continue
        if key not in CONTENT_FIELDS:
            known = ", ".join(CONTENT_FIELDS)
            raise UserError(f"Field '{key}' is not a field of an activity. Known fields: {known}.")
        updates[key] = _convert(key, value)
    if "start_date" in changes and not any(k in changes for k in ("planned_start", "actual_start")):
        updates["planned_start"] = parse_date("start_date", changes["start_date"])
    if "end_date" in changes and not any(k in changes for k in ("planned_end", "actual_end")):
        updates["planned_end"] = parse_date("end_date", changes["end_date"])
    return replace(base, **updates)


def from_content(data: dict[str, Any], activity_id: str | None = None, office: str = "") -> Activity:
    """A new activity from JSON-like data; ``title`` and ``action`` may be missing (validation says so)."""
    base = Activity(title="", action="", office=office)
    if activity_id:
        base.id = activity_id
    return apply_changes(base, data)


def from_canonical(content: dict[str, Any], activity_id: str, office: str = "") -> Activity:
    """An activity from content that ``content_of`` produced (stored or merged revision content).

    Skips the checks of :func:`apply_changes`: this content was validated before it was hashed,
    and rebuilding 100,000 activities after an import should not parse each value twice.
    """
    values: dict[str, Any] = {name: content[name] for name in CONTENT_FIELDS if name in content}
    for name in DATE_FIELDS:
        if values.get(name):
            values[name] = date.fromisoformat(values[name])
    values["countries"] = [CountryRole(c["country"], c.get("role") or "") for c in values.get("countries") or []]
    values["organisations"] = [OrganisationRole(o["name"], o.get("role") or "", o.get("type") or "")
                               for o in values.get("organisations") or []]
    values["people"] = [PeopleCount(p["group"], p["sex"], p["age"], p.get("targeted"), p.get("reached"))
                        for p in values.get("people") or []]
    values["secondary_actions"] = list(values.get("secondary_actions") or [])
    values["approaches"] = list(values.get("approaches") or [])
    for name in TEXT_FIELDS:
        if values.get(name) is None:
            values[name] = ""
    values.setdefault("title", "")
    values.setdefault("action", "")
    return Activity(id=activity_id, office=office, **values)
