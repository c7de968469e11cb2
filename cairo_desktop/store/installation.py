"""Who this installation is (office, role, device) and its small settings.

The identity is written once by ``init`` or the first-start dialog; every revision this
installation writes carries its office, and the role decides what it may change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cairo_desktop.domain.revision import utc_now
from cairo_desktop.store.models import Installation, Office, Setting

ROLES = ("field", "coordinator")


@dataclass(frozen=True)
class Identity:
    office_code: str
    office_name: str
    country: str
    role: str
    device_id: str

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


def load_identity(session: Session) -> Identity | None:
    row = session.get(Installation, 1)
    if row is None:
        return None
    return Identity(row.office_code, row.office_name, row.country, row.role, row.device_id)


def save_identity(session: Session, office_code: str, office_name: str, role: str, country: str = "") -> Identity:
    """Create or update the identity; the device id is kept once made."""
    row = session.get(Installation, 1)
    if row is None:
        row = Installation(id=1, device_id=str(uuid.uuid4()), created_at=utc_now())
        session.add(row)
    row.office_code, row.office_name, row.role, row.country = office_code, office_name, role, country
    remember_office(session, office_code, office_name, country)
    session.flush()
    return Identity(row.office_code, row.office_name, row.country, row.role, row.device_id)


def remember_office(session: Session, code: str, name: str = "", country: str = "") -> None:
    office = session.get(Office, code)
    if office is None:
        session.add(Office(code=code, name=name or code, country=country))
    elif name and office.name != name:
        office.name = name
        office.country = country or office.country


def known_offices(session: Session) -> list[Office]:
    return list(session.scalars(select(Office).order_by(Office.code)))


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
