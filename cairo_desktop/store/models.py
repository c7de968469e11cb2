"""Tables of the local store.

``revisions`` is the source of truth: every save of every activity, content-addressed, kept
forever. ``activities`` and its child tables are the *current view* (the merge of the heads),
denormalised so lists, filters and reports are plain SQL. ``installation`` says who this copy
of the app is.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Installation(Base):
    """Exactly one row: this installation's office, role and device."""

    __tablename__ = "installation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_code: Mapped[str] = mapped_column(String(32))
    office_name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(3), default="")
    role: Mapped[str] = mapped_column(String(16))  # field / coordinator
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32))
    signing_key: Mapped[str | None] = mapped_column(Text, nullable=True)  # Ed25519 private key, hex


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Office(Base):
    """Offices this installation has heard of (its own, and those met in packages or demo data)."""

    __tablename__ = "offices"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(3), default="")


class RevisionRow(Base):
    __tablename__ = "revisions"
    rev_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    activity_id: Mapped[str] = mapped_column(String(36), index=True)
    parents: Mapped[str] = mapped_column(Text)  # canonical JSON list of rev ids
    content: Mapped[str | None] = mapped_column(Text, nullable=True)  # canonical JSON; NULL for a tombstone
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(200))
    office: Mapped[str] = mapped_column(String(32))
    owner_office: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(64), default="local")  # "local" or a package id
    seq: Mapped[int] = mapped_column(Integer, index=True)  # local arrival order, for incremental export


class ActivityRow(Base):
    __tablename__ = "activities"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    text_lang: Mapped[str] = mapped_column(String(8), default="en")
    action: Mapped[str] = mapped_column(String(8), index=True)
    domain: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    activity_type: Mapped[str] = mapped_column(String(32), default="other")
    planned_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    actual_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    actual_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    admin_area: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    budget_amount: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="")
    targeted_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reached_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    people_targeted: Mapped[int] = mapped_column(Integer, default=0)
    people_reached: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # case-folded title, place, description
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    rev: Mapped[str] = mapped_column(String(64))
    heads: Mapped[str] = mapped_column(Text)  # canonical JSON list; more than one while unmerged
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(32), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[str] = mapped_column(String(32), default="", index=True)


def _child_fk() -> Mapped[str]:
    return mapped_column(String(36), ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)


class ActivityCountry(Base):
    __tablename__ = "activity_countries"
    activity_id: Mapped[str] = _child_fk()
    country: Mapped[str] = mapped_column(String(3), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), default="")
    __table_args__ = (Index("ix_activity_countries_country", "country"), {"sqlite_with_rowid": False})


class ActivityApproach(Base):
    __tablename__ = "activity_approaches"
    activity_id: Mapped[str] = _child_fk()
    approach: Mapped[str] = mapped_column(String(32), primary_key=True)
    __table_args__ = (Index("ix_activity_approaches_approach", "approach"), {"sqlite_with_rowid": False})


class ActivitySecondaryAction(Base):
    __tablename__ = "activity_secondary_actions"
    activity_id: Mapped[str] = _child_fk()
    action: Mapped[str] = mapped_column(String(8), primary_key=True)
    __table_args__ = {"sqlite_with_rowid": False}


class ActivityOrganisation(Base):
    __tablename__ = "activity_organisations"
    activity_id: Mapped[str] = _child_fk()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(4), default="")
    __table_args__ = {"sqlite_with_rowid": False}


class ActivityPeople(Base):
    __tablename__ = "activity_people"
    activity_id: Mapped[str] = _child_fk()
    group: Mapped[str] = mapped_column("population_group", String(16), primary_key=True)
    sex: Mapped[str] = mapped_column(String(1), primary_key=True)
    age: Mapped[str] = mapped_column(String(16), primary_key=True)
    targeted: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reached: Mapped[int | None] = mapped_column(Integer, nullable=True)
    __table_args__ = {"sqlite_with_rowid": False}  # the primary key is the only index these tables need


CHILD_TABLES = (
    ActivityCountry.__table__,
    ActivityApproach.__table__,
    ActivitySecondaryAction.__table__,
    ActivityOrganisation.__table__,
    ActivityPeople.__table__,
)
from cairo_desktop.store import sync_models  # noqa: E402,F401  (registers the sync tables)
