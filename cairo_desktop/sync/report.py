"""Plain results of sync operations, shared by the CLI, the GUI and tests (no behaviour, just data)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ExportSummary:
    path: Path
    activities: int
    revisions: int
    deleted: int = 0
    seq: int = 0
    package_id: str = ""
    mode: str = "incremental"
    fingerprint: str = ""


@dataclass
class ImportReport:
    """What importing one file did (or, in a dry run, would do)."""

    file: str
    ok: bool = False
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    message: str = ""
    package_id: str = ""
    office: str = ""
    seq: int = 0
    signed: bool = False
    fingerprint: str = ""
    open_conflicts: int = 0
    already_imported: bool = False
    unsigned: bool = False  # refused only because unsigned or changed after signing: accepting it needs a reason
    refusal: dict[str, Any] = field(default_factory=dict)  # the refusal as data ("kind" and its values) when it has one
    warning_data: list[dict[str, Any]] = field(default_factory=list)  # each of ``warnings`` as data, in the same order

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conflict:
    """One field on which an activity's heads disagree; ``shown`` says which value is displayed for now."""

    id: int
    activity_id: str
    field: str
    local_value: Any
    incoming_value: Any
    shown: str
    title: str = ""
    office: str = ""
    created_at: str = ""
    status: str = "open"
    # Values of further heads (three offices or more edited the field apart), neither local nor incoming:
    # shown so nobody's edit is out of sight; keeping one is keeping either side, then editing the field.
    others: list[Any] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PinnedOffice:
    office: str
    fingerprint: str
    role: str
    pinned_at: str
    pending: bool = False  # trusted by fingerprint, key not yet seen
