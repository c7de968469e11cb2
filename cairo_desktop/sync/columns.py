"""The columns of each package sheet, and the conversion between an activity's content and cells.

One table of columns drives the writer (headers, widths, dropdowns), the reader (which header is
which field) and the canonical hash, so the three cannot drift apart. Headers are English and fixed:
they are the contract with people who fill a workbook by hand, whatever the exporter's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

ACTIVITIES = "Activities"
HISTORY = "_history"
PEOPLE = "People"
ORGANISATIONS = "Organisations"
DELETED = "Deleted"
SYNC = "_sync"
MANIFEST = "_manifest"
ABOUT = "About"
LISTS = "Lists"
CODES = "Codes"
PACKAGE_EXAMPLE = "office-package.xlsx"  # the file name suggested when a folder is given instead of a file

# Sheets whose canonical values are hashed and signed, in manifest order.
DATA_SHEETS = (ACTIVITIES, PEOPLE, ORGANISATIONS, DELETED, HISTORY, SYNC)


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    width: int = 14
    kind: str = "text"  # text / date / number / codes / countries
    choices: str = ""  # name of a Lists column for a dropdown


ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("id", "Activity ID", 38),
    Column("office", "Office", 10),
    Column("title", "Title", 50),
    Column("action", "Action", 9, choices="actions"),
    Column("secondary_actions", "Other actions", 14, "codes"),
    Column("approaches", "Approaches", 30, "codes"),
    Column("status", "Status", 15, choices="statuses"),
    Column("activity_type", "Type", 14, choices="activity_types"),
    Column("planned_start", "Planned start", 13, "date"),
    Column("planned_end", "Planned end", 13, "date"),
    Column("actual_start", "Actual start", 13, "date"),
    Column("actual_end", "Actual end", 13, "date"),
    Column("countries", "Countries (ISO3:role)", 26, "countries"),
    Column("admin_area", "Admin area", 16),
    Column("place", "Place", 18),
    Column("budget_amount", "Budget", 12, "number"),
    Column("currency", "Currency", 9, choices="currencies"),
    Column("targeted_total", "People targeted (total)", 12, "number"),
    Column("reached_total", "People reached (total)", 12, "number"),
    Column("description", "Description", 40),
    Column("notes", "Notes", 30),
    Column("text_lang", "Language", 9, choices="languages"),
    Column("rev", "Version", 20),
)
PEOPLE_COLUMNS: tuple[Column, ...] = (
    Column("id", "Activity ID", 38),
    Column("rev", "Version", 20),
    Column("group", "Population group", 16, choices="population_groups"),
    Column("sex", "Sex", 6, choices="sexes"),
    Column("age", "Age band", 12, choices="age_bands"),
    Column("targeted", "Targeted", 10, "number"),
    Column("reached", "Reached", 10, "number"),
)
ORGANISATION_COLUMNS: tuple[Column, ...] = (
    Column("id", "Activity ID", 38),
    Column("rev", "Version", 20),
    Column("name", "Organisation", 40),
    Column("role", "Role", 14, choices="organisation_roles"),
    Column("type", "Type (IATI)", 10, choices="organisation_types"),
)
DELETED_COLUMNS: tuple[Column, ...] = (
    Column("id", "Activity ID", 38),
    Column("office", "Office", 10),
    Column("title", "Title when deleted", 50),
    Column("author", "Deleted by", 20),
    Column("created_at", "Deleted at (UTC)", 28),
    Column("rev", "Version", 20),
)
SYNC_COLUMNS: tuple[Column, ...] = (
    Column("id", "activity_id", 38),
    Column("rev", "rev_id", 66),
    Column("parents", "parents", 66),
    Column("sheet", "sheet", 12),
    Column("deleted", "deleted", 8),
    Column("author", "author", 20),
    Column("office", "office", 10),
    Column("owner", "owner_office", 10),
    Column("created_at", "created_at", 28),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    ACTIVITIES: ACTIVITY_COLUMNS, HISTORY: ACTIVITY_COLUMNS, PEOPLE: PEOPLE_COLUMNS,
    ORGANISATIONS: ORGANISATION_COLUMNS, DELETED: DELETED_COLUMNS, SYNC: SYNC_COLUMNS,
}
HEADERS: dict[str, tuple[str, ...]] = {sheet: tuple(c.header for c in cols) for sheet, cols in COLUMNS.items()}


def _codes(values: list[str]) -> str:
    return ", ".join(values)


def activity_cells(activity_id: str, office: str, rev: str, content: dict[str, Any]) -> list[Any]:
    """The Activities/_history row of a revision's content (dates as real dates, numbers as numbers)."""
    row: list[Any] = []
    for column in ACTIVITY_COLUMNS:
        name = column.field
        if name == "id":
            row.append(activity_id)
        elif name == "office":
            row.append(office)
        elif name == "rev":
            row.append(rev)
        elif column.kind == "date":
            value = content.get(name)
            row.append(date.fromisoformat(value) if value else None)
        elif column.kind == "codes":
            row.append(_codes(content.get(name) or []))
        elif column.kind == "countries":
            row.append(_codes([f"{c['country']}:{c['role']}" if c["role"] else c["country"]
                               for c in content.get(name) or []]))
        else:
            value = content.get(name)
            row.append("" if value is None and column.kind == "text" else value)
    return row


def people_cells(activity_id: str, rev: str, content: dict[str, Any]) -> list[list[Any]]:
    return [[activity_id, rev, p["group"], p["sex"], p["age"], p["targeted"], p["reached"]]
            for p in content.get("people") or []]


def organisation_cells(activity_id: str, rev: str, content: dict[str, Any]) -> list[list[Any]]:
    return [[activity_id, rev, o["name"], o["role"], o["type"]] for o in content.get("organisations") or []]
