"""Tables that remember what sync did: packages imported, packages exported, offices' keys, conflicts.

They live beside the activity tables (same ``Base``, same migrations) so one transaction can import
a package *and* log it: a package is either imported and logged, or neither.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cairo_desktop.store.models import Base


class ImportedPackage(Base):
    """One row per package applied to this database (written in the import's own transaction)."""

    __tablename__ = "sync_imported_packages"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office: Mapped[str] = mapped_column(String(32), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(Text, default="")
    file_hash: Mapped[str] = mapped_column(String(64))
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    signed: Mapped[bool] = mapped_column(Boolean, default=True)
    unsigned_reason: Mapped[str] = mapped_column(Text, default="")
    imported_by: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[str] = mapped_column(String(32))
    key_fingerprint: Mapped[str] = mapped_column(String(39), default="", server_default="")  # signed packages only
    mode: Mapped[str] = mapped_column(String(32), default="", server_default="")  # the manifest's export mode


class ExportedPackage(Base):
    """Packages this installation wrote; ``seq`` is the per-office sequence number it carried."""

    __tablename__ = "sync_exported_packages"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36))
    mode: Mapped[str] = mapped_column(String(16))  # full / incremental / since-last
    office_filter: Mapped[str] = mapped_column(String(32), default="")
    max_revision_seq: Mapped[int] = mapped_column(Integer)  # highest local revision seq it could carry
    revisions: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))


class OfficeSyncState(Base):
    """Per other office: the last package received from it, and what it acknowledged of ours. What we
    acknowledge to it is worked out from the import log (:func:`cairo_desktop.sync.trust.acknowledgements`)."""

    __tablename__ = "sync_office_state"
    office: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_seq_in: Mapped[int] = mapped_column(Integer, default=0)  # written by earlier versions; no longer used
    last_package_in: Mapped[str] = mapped_column(String(36), default="")
    acked_seq_out: Mapped[int] = mapped_column(Integer, default=0)  # our export seq it confirmed


class PinnedKey(Base):
    """Trust on first use: the first public key (and role) seen for an office."""

    __tablename__ = "sync_pinned_keys"
    office: Mapped[str] = mapped_column(String(32), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # hex
    fingerprint: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    pinned_at: Mapped[str] = mapped_column(String(32))
    pinned_from: Mapped[str] = mapped_column(Text, default="")  # package id, or "manual"


class SyncConflict(Base):
    """Heads of an activity disagree on a field; the view shows ``shown`` until a person decides."""

    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    activity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(32))
    heads: Mapped[str] = mapped_column(Text)  # canonical JSON list of the heads it is about
    local_value: Mapped[str] = mapped_column(Text)  # JSON
    incoming_value: Mapped[str] = mapped_column(Text)  # JSON
    shown: Mapped[str] = mapped_column(String(16))  # "local" or "incoming": the provisional winner
    values: Mapped[str] = mapped_column(Text)  # JSON {head rev id: value}
    source: Mapped[str] = mapped_column(Text, default="")  # package id that raised it
    status: Mapped[str] = mapped_column(String(16), default="open")  # open / resolved / superseded
    created_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str] = mapped_column(String(32), default="")
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (Index("ix_sync_conflicts_activity_status", "activity_id", "status"),)
