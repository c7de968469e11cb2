"""Who may send what: signature and sheet hashes, pinned keys (trust on first use), sequence numbers,
and which activities a package may change.

Each check returns a refusal sentence (or adds a warning) rather than raising, so a dry run can
report every reason at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cairo_desktop.domain.revision import Revision, utc_now
from cairo_desktop.store.installation import Identity
from cairo_desktop.store.sync_models import ImportedPackage, OfficeSyncState, PinnedKey
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.reader import RawPackage
from cairo_desktop.sync.signing import fingerprint


@dataclass
class TrustDecision:
    verified: bool = False  # signature valid and every sheet as signed
    role: str = "field"  # the role the package is trusted with
    pin: bool = False  # pin this key (first seen for the office)
    refusals: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    already_imported: str = ""  # when, if this package id was imported before
    unsigned: str = ""  # refused for this signature problem only: a reason given by the importer would let it in
    refusal: dict[str, Any] = field(default_factory=dict)  # the first refusal as data (kind and values), for windows
    warning_data: list[dict[str, Any]] = field(default_factory=list)  # each warning as data, in the same order

    def refuse(self, text: str, kind: str, **values: Any) -> None:
        if not self.refusals:
            self.refusal = {"kind": kind, **values}
        self.refusals.append(text)

    def warn(self, text: str, kind: str, **values: Any) -> None:
        self.warnings.append(text)
        self.warning_data.append({"kind": kind, **values})


def check_signature(raw: RawPackage, sheets: bool = True) -> str:
    """Empty when the signature is valid and every data sheet is as signed; else what is wrong.

    With ``sheets=False`` only the manifest is checked: the caller must then compare the sheets
    with :func:`sheet_mismatch` after reading them, before anything it did with them is committed.
    """
    manifest = raw.manifest
    if not manifest.signature or not manifest.public_key:
        return "the package is not signed"
    if not manifest.signature_valid():
        return "the package's signature does not match its manifest (the hidden '_manifest' sheet was changed)"
    return sheet_mismatch(raw, raw.hashes, raw.counts) if sheets else ""


def sheet_mismatch(raw: RawPackage, hashes: dict[str, str], counts: dict[str, int]) -> str:
    """Empty when every data sheet hashes (and counts) as the signed manifest says."""
    manifest = raw.manifest
    for name in C.DATA_SHEETS:
        if manifest.sheet_hashes.get(name, "") != hashes.get(name, "") or \
                int(manifest.row_counts.get(name, 0)) != counts.get(name, 0):
            return f"the values of sheet '{name}' were changed after the package was signed"
    return ""


def decide(session: Session, raw: RawPackage, me: Identity, own_public_key: str,
           accept_unsigned_reason: str | None, sheets_checked_later: bool = False) -> TrustDecision:
    """Whether and how far to trust the package. With ``sheets_checked_later``, ``verified`` covers
    the manifest only, and the caller confirms the sheets (see :func:`check_signature`)."""
    manifest = raw.manifest
    decision = TrustDecision()
    done = session.get(ImportedPackage, manifest.package_id)
    if done is not None:
        decision.already_imported = done.imported_at
        return decision
    problem = check_signature(raw, sheets=not sheets_checked_later)
    fp = fingerprint(manifest.public_key) if len(manifest.public_key) == 64 else "none"
    if problem:
        if not accept_unsigned_reason:
            decision.unsigned = problem
            decision.refuse(
                f"{problem}, so it cannot be trusted. Ask office {manifest.office} to export it again; to import it "
                "anyway (for example a workbook a partner filled in by hand), use --accept-unsigned with --reason.",
                "unsigned", office=manifest.office, problem=problem)
            return decision
        decision.warn(f"{problem}; imported anyway as unsigned because: {accept_unsigned_reason}. "
                      f"It may only change activities of office {manifest.office}.",
                      "accepted_unsigned", office=manifest.office, reason=accept_unsigned_reason)
    else:
        decision.verified = True
        decision.role = manifest.role if manifest.role in ("field", "coordinator") else "field"
        _check_key(session, manifest.office, manifest.public_key, manifest.role, fp, me, own_public_key, decision)
    if manifest.office != me.office_code:
        _check_sequence(session, manifest.office, manifest.seq, decision)
    return decision


def _check_key(session: Session, office: str, public_key: str, role: str, fp: str, me: Identity,
               own_public_key: str, decision: TrustDecision) -> None:
    if office == me.office_code:
        if public_key != own_public_key:
            decision.refuse(f"the package claims to come from this office ({office}) but is signed with "
                            f"another key (fingerprint {fp}). It was not made here; do not import it.",
                            "own_office_other_key", office=office, fingerprint=fp)
        return
    pinned = session.get(PinnedKey, office)
    if pinned is None:
        decision.pin = True
        decision.warn(f"First package from office {office}: its key (fingerprint {fp}) becomes the trusted "
                      f"key for that office (role: {role}) once imported. Read the fingerprint to the sender "
                      "by phone to confirm it.", "first_key", office=office, fingerprint=fp, role=role)
        return
    if pinned.public_key and pinned.public_key != public_key or not pinned.public_key and pinned.fingerprint != fp:
        decision.refuse(
            f"the package is signed with a different key than the one trusted for office {office} (trusted "
            f"{pinned.fingerprint}, this one {fp}). If that office reinstalled Cairo Desktop, confirm the new fingerprint "
            f"by phone and run 'cairo-desktop keys trust {office} {fp}'; otherwise do not import it.",
            "other_key", office=office, trusted=pinned.fingerprint, fingerprint=fp)
        return
    if not pinned.public_key:
        decision.pin = True  # trusted by fingerprint in advance; store the key now
    if pinned.role == "field" and role == "coordinator":
        decision.refuse(f"office {office} is known as a field office but this package claims the coordinator "
                        "role. Ask the coordinator to confirm; do not import it.", "role_claim", office=office)


def _check_sequence(session: Session, office: str, seq: int, decision: TrustDecision) -> None:
    state = session.get(OfficeSyncState, office)
    last = state.last_seq_in if state else 0
    if seq <= last:
        decision.refuse(
            f"this is package number {seq} from office {office}, but number {last} was already imported; an older or "
            "re-numbered package is refused. If the office restored an old backup, ask it to export a full package "
            "('cairo-desktop export --full').", "old_sequence", office=office, seq=seq, last=last)
    elif last and seq > last + 1:
        decision.warn(f"packages {last + 1} to {seq - 1} from office {office} have not been imported; "
                      "nothing is lost, import them when they arrive.", "sequence_gap", office=office, first=last + 1,
                      last=seq - 1)


def ownership_problems(revisions: list[Revision], office: str, role: str) -> list[str]:
    """A field office's package may only carry revisions of that office's own activities."""
    if role == "coordinator":
        return []
    bad = sorted({r.activity_id for r in revisions if r.owner_office != office})
    return [f"activity {aid} belongs to another office; a package from field office {office} may only change its "
            "own activities. Ask the coordinator to send that change." for aid in bad[:50]]


def record_trust(session: Session, raw: RawPackage, decision: TrustDecision, me: Identity) -> None:
    """Pin the key and remember the sequence number and acknowledgement (inside the import transaction)."""
    manifest = raw.manifest
    if decision.pin:
        pinned = session.get(PinnedKey, manifest.office)
        if pinned is None:
            pinned = PinnedKey(office=manifest.office, role=manifest.role, pinned_at=utc_now(),
                               pinned_from=manifest.package_id)
            session.add(pinned)
        pinned.public_key = manifest.public_key
        pinned.fingerprint = fingerprint(manifest.public_key)
        pinned.role = pinned.role or manifest.role
    if manifest.office == me.office_code:
        return
    state = session.get(OfficeSyncState, manifest.office)
    if state is None:
        state = OfficeSyncState(office=manifest.office, last_seq_in=0, last_package_in="", acked_seq_out=0)
        session.add(state)
    state.last_seq_in = max(state.last_seq_in, manifest.seq)
    state.last_package_in = manifest.package_id
    if decision.verified:
        acked = manifest.acks.get(me.office_code)
        if isinstance(acked, int):
            state.acked_seq_out = max(state.acked_seq_out, acked)


def pinned_offices(session: Session) -> list[PinnedKey]:
    return list(session.scalars(select(PinnedKey).order_by(PinnedKey.office)))
