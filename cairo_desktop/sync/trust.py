"""Who may send what: signature and sheet hashes, pinned keys (trust on first use), sequence numbers,
and which activities a package may change.

Each check returns a refusal sentence (or adds a warning) rather than raising, so a dry run can
report every reason at once.
"""

from __future__ import annotations

import uuid
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


_UNSIGNED_FILES = uuid.UUID("5d1b3c0e-6f0a-4f5e-9a43-7c2d8e1f0b91")  # namespace of the log ids of unsigned files


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
    name = changed_sheet(raw, hashes, counts)
    return f"the values of sheet '{name}' were changed after the package was signed" if name else ""


def changed_sheet(raw: RawPackage, hashes: dict[str, str], counts: dict[str, int]) -> str:
    """The first data sheet whose values differ from the signed manifest's; empty when none does."""
    manifest = raw.manifest
    for name in C.DATA_SHEETS:
        if manifest.sheet_hashes.get(name, "") != hashes.get(name, "") or \
                int(manifest.row_counts.get(name, 0)) != counts.get(name, 0):
            return name
    return ""


def _signature_detail(raw: RawPackage, sheets_checked: bool) -> dict[str, str]:
    """What is wrong with the signature, as data for a window: ``detail`` and, for a changed sheet, ``sheet``."""
    manifest = raw.manifest
    if not manifest.signature or not manifest.public_key:
        return {"detail": "not_signed", "sheet": ""}
    if not manifest.signature_valid():
        return {"detail": "manifest_changed", "sheet": ""}
    return {"detail": "sheet_changed", "sheet": changed_sheet(raw, raw.hashes, raw.counts) if sheets_checked else ""}


def decide(session: Session, raw: RawPackage, me: Identity, own_public_key: str,
           accept_unsigned_reason: str | None, sheets_checked_later: bool = False) -> TrustDecision:
    """Whether and how far to trust the package. With ``sheets_checked_later``, ``verified`` covers
    the manifest only, and the caller confirms the sheets (see :func:`check_signature`)."""
    manifest = raw.manifest
    decision = TrustDecision()
    problem = check_signature(raw, sheets=not sheets_checked_later)
    # A workbook edited by hand keeps the package id it was exported with: only the file itself is a replay.
    done = session.get(ImportedPackage, log_id(raw, verified=not problem))
    if done is not None:
        decision.already_imported = done.imported_at
        return decision
    fp = fingerprint(manifest.public_key) if len(manifest.public_key) == 64 else "none"
    if problem:
        if not accept_unsigned_reason:
            decision.unsigned = problem
            decision.refuse(
                f"{problem}, so it cannot be trusted. Ask office {manifest.office} to export it again; to import it "
                "anyway (for example a workbook a partner filled in by hand), use --accept-unsigned with --reason.",
                "unsigned", office=manifest.office, problem=problem,
                **_signature_detail(raw, sheets_checked=not sheets_checked_later))
            return decision
        decision.warn(f"{problem}; accepted although unsigned because: {accept_unsigned_reason}. "
                      f"It may only change activities of office {manifest.office}.",
                      "accepted_unsigned", office=manifest.office, reason=accept_unsigned_reason)
        return decision  # its sequence number is the one of the export it was made from: it says nothing
    decision.verified = True
    decision.role = manifest.role if manifest.role in ("field", "coordinator") else "field"
    _check_key(session, manifest.office, manifest.public_key, manifest.role, fp, me, own_public_key, decision)
    if manifest.office != me.office_code:
        _check_sequence(session, manifest.office, manifest.seq, fp, decision)
    if decision.refusals:  # "nothing is lost, import them when they arrive" is no comfort on a refused package
        kept = [(text, data) for text, data in zip(decision.warnings, decision.warning_data)
                if data["kind"] != "sequence_gap"]
        decision.warnings, decision.warning_data = [text for text, _ in kept], [data for _, data in kept]
    return decision


def warnings_after_import(decision: TrustDecision) -> list[str]:
    """The warnings as they read once the package is imported (a key first seen is now pinned)."""
    return [f"First package from office {data['office']}: its key (fingerprint {data['fingerprint']}) is now the "
            f"trusted key for that office (role: {data['role']}). Read the fingerprint to the sender by phone to "
            "confirm it." if data.get("kind") == "first_key" else text
            for text, data in zip(decision.warnings, decision.warning_data)]


def log_id(raw: RawPackage, verified: bool) -> str:
    """The id a package is logged under: its own for a signed package, else one made from the file's hash."""
    if verified:
        return raw.manifest.package_id
    return str(uuid.uuid5(_UNSIGNED_FILES, raw.file_hash))


def imported_seqs(session: Session, office: str, key_fingerprint: str) -> dict[int, str]:
    """Sequence number -> export mode of the signed packages imported from ``office`` under this key."""
    rows = session.execute(select(ImportedPackage.seq, ImportedPackage.mode).where(
        ImportedPackage.office == office, ImportedPackage.signed.is_(True),
        ImportedPackage.key_fingerprint == key_fingerprint))
    return {seq: mode for seq, mode in rows}


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
        other = _office_signing_with(session, public_key, fp, me, own_public_key)
        if other:
            decision.refuse(
                f"the package says it comes from office {office}, but it is signed with the key already trusted for "
                f"office {other} (fingerprint {fp}). One key signing for two offices means the package may not come "
                f"from {office}, or that office's computer was copied from {other}'s. Confirm the fingerprint by phone "
                f"with office {office}: if it is the same, run 'cairo-desktop keys trust {office} {fp}' and import "
                "it again; otherwise do not import it.", "shared_key", office=office, other=other, fingerprint=fp)
            return
        decision.pin = True
        decision.warn(f"First package from office {office}: its key (fingerprint {fp}) becomes the trusted "
                      f"key for that office (role: {role}) once imported. Read the fingerprint to the sender "
                      "by phone to confirm it.", "first_key", office=office, fingerprint=fp, role=role)
        return
    if pinned.public_key and pinned.public_key != public_key or not pinned.public_key and pinned.fingerprint != fp:
        if imported_seqs(session, office, fp):  # a key this office signed with before it reinstalled
            decision.warn(f"this package is signed with the key office {office} used before its current one "
                          f"(fingerprint {fp}); it was made before the office reinstalled Cairo Desktop, and is "
                          "imported as such.", "previous_key", office=office, fingerprint=fp)
            return
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


def _office_signing_with(session: Session, public_key: str, fp: str, me: Identity, own_public_key: str) -> str:
    """The office whose trusted key this is (this installation's own included), or ""."""
    if public_key == own_public_key:
        return me.office_code
    for pinned in session.scalars(select(PinnedKey)):
        if pinned.public_key == public_key or not pinned.public_key and pinned.fingerprint == fp:
            return pinned.office
    return ""


def _check_sequence(session: Session, office: str, seq: int, fp: str, decision: TrustDecision) -> None:
    """Numbers run per key: a number already imported is refused (the office restored an old backup or
    re-numbered), a number missing before it is fine (a package that arrives late fills its gap), and
    numbers skipped are a warning."""
    imported = imported_seqs(session, office, fp)
    last = max(imported, default=0)
    if seq in imported:
        decision.refuse(
            f"this is package number {seq} from office {office}, but a package with that number was already imported "
            f"(the latest is number {last}); a re-numbered package is refused. If the office restored an old backup, "
            "ask it to export a full package ('cairo-desktop export --full').", "old_sequence", office=office,
            seq=seq, last=last)
        return
    missing = [number for number in range(1, max(last, seq)) if number not in imported and number != seq]
    if missing and seq > last and imported:
        first, end = missing[0], missing[-1]
        if first == end:
            text = (f"package {first} from office {office} has not been imported yet; nothing is lost, import it "
                    "when it arrives.")
        else:
            text = (f"packages {first} to {end} from office {office} have not all been imported yet ({len(missing)} "
                    "missing); nothing is lost, import them when they arrive.")
        decision.warn(text, "sequence_gap", office=office, first=first, last=end)


def acknowledged_through(imported: dict[int, str]) -> int:
    """The highest package number up to which everything an office sent is here.

    A full or incremental package carries all the office had not seen acknowledged, so it covers every
    number before it; a since-last package carries only what changed after the office's previous package,
    so it counts only once the package before it is covered.
    """
    through = max((seq for seq, mode in imported.items() if not mode.startswith("since-last")), default=0)
    while through + 1 in imported:
        through += 1
    return through


def ownership_problems(revisions: list[Revision], office: str, role: str,
                       verified: bool = True) -> list[tuple[Revision, str]]:
    """A field office's package, and any unsigned file, may only carry new revisions of the activities of the
    office it names (pass only the revisions this database does not hold yet): each one it may not carry (the
    first of each activity, at most 50), with why."""
    if role == "coordinator":
        return []
    first: dict[str, Revision] = {}
    for revision in revisions:
        if revision.owner_office != office:
            first.setdefault(revision.activity_id, revision)
    bad = [first[aid] for aid in sorted(first)][:50]
    if verified:
        return [(r, f"activity {r.activity_id} belongs to office {r.owner_office}; a package from field office {office} "
                    "may only change its own activities. Ask the coordinator to send that change.") for r in bad]
    return [(r, f"activity {r.activity_id} belongs to office {r.owner_office}; this workbook is not signed, so it may "
                f"only change activities of the office it names ({office}). Undo the change to that activity, or ask "
                f"office {r.owner_office} to make it.") for r in bad]


def acknowledgements(session: Session) -> dict[str, dict[str, Any]]:
    """What this installation tells each office in its packages: the number up to which all the office sent
    under its current key is here, with that key's fingerprint (an office that reinstalled has a new key and
    numbers from 1 again, so an acknowledgement of its old packages must not count for the new ones)."""
    acks = {}
    for pinned in session.scalars(select(PinnedKey)):
        through = acknowledged_through(imported_seqs(session, pinned.office, pinned.fingerprint))
        if through:
            acks[pinned.office] = {"seq": through, "key": pinned.fingerprint}
    return acks


def acknowledged_seq(ack: Any, own_fingerprint: str) -> int | None:
    """Our package number an office's acknowledgement confirms, or None when it is not about our key."""
    if isinstance(ack, int) and not isinstance(ack, bool):
        return ack  # from an earlier version, which did not name the key
    if isinstance(ack, dict) and ack.get("key") == own_fingerprint and type(ack.get("seq")) is int:
        return int(ack["seq"])
    return None


def record_trust(session: Session, raw: RawPackage, decision: TrustDecision, me: Identity,
                 own_fingerprint: str = "") -> None:
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
    if not decision.verified:
        return  # an unsigned file's numbers and acknowledgements are the sender's word only
    state.last_package_in = manifest.package_id
    acked = acknowledged_seq(manifest.acks.get(me.office_code), own_fingerprint)
    if acked is not None:
        state.acked_seq_out = max(state.acked_seq_out, acked)


def pinned_offices(session: Session) -> list[PinnedKey]:
    return list(session.scalars(select(PinnedKey).order_by(PinnedKey.office)))
