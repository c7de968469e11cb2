"""The package manifest: what the package is, who made it, what it holds, and the signature.

Stored in the hidden ``_manifest`` sheet as ``key | value`` text rows. The signature covers the
canonical JSON of every other key, including the hash of each data sheet's canonical values, so
a changed cell, row count, office or sequence number breaks it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from cairo_desktop.domain.revision import canonical_json
from cairo_desktop.sync import signing
from cairo_desktop.sync.guards import PackageRefused

FORMAT_NAME = "cairo-desktop-sync"
FORMAT_VERSION = 1


@dataclass
class Manifest:
    package_id: str
    office: str
    office_name: str
    role: str  # field / coordinator
    device: str
    seq: int
    created_at: str
    mode: str  # full / incremental / since-last
    app_version: str
    schema_version: str
    plan_version: str
    row_counts: dict[str, int] = field(default_factory=dict)
    sheet_hashes: dict[str, str] = field(default_factory=dict)
    # office -> {"seq": the package number up to which all it sent under "key" (a fingerprint) is here};
    # a plain number from earlier versions
    acks: dict[str, Any] = field(default_factory=dict)
    language: str = "en"
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    public_key: str = ""
    signature: str = ""

    def signed_payload(self) -> bytes:
        data = asdict(self)
        data.pop("signature")
        return canonical_json(data).encode("utf-8")

    def sign(self, private_hex: str) -> None:
        self.public_key = signing.public_key_hex(private_hex)
        self.signature = signing.sign(private_hex, self.signed_payload())

    def signature_valid(self) -> bool:
        return bool(self.public_key and self.signature) and signing.verify(
            self.public_key, self.signed_payload(), self.signature)

    def rows(self) -> list[list[str]]:
        """``[key, value]`` text rows for the ``_manifest`` sheet (dicts as JSON)."""
        result = [["key", "value"]]
        for key, value in asdict(self).items():
            result.append([key, value if isinstance(value, str) else json.dumps(value, sort_keys=True)])
        return result


def manifest_from_rows(rows: list[list[Any]], file_label: str) -> Manifest:
    """Read the ``_manifest`` sheet back; refuses unknown or newer formats by name and version."""
    values = {str(row[0]).strip(): row[1] if len(row) > 1 else "" for row in rows[1:] if row and row[0] not in (None, "")}
    if values.get("format") != FORMAT_NAME:
        found = str(values.get("format", ""))[:100]
        raise PackageRefused(file_label, f"the hidden '_manifest' sheet does not describe a Cairo Desktop sync package "
                                         f"(format '{found}'). Ask the sender to export the package again from Cairo "
                                         "Desktop.", kind="not_a_package", values={"format": found})
    version_text = str(values.get("format_version", "")).strip()
    try:
        version = int(float(version_text))
    except ValueError:
        raise PackageRefused(file_label, f"the sync format version '{version_text[:100]}' is not a number; the "
                                         "package is damaged. Ask the sender to export it again.",
                             kind="manifest_damaged") from None
    if version != FORMAT_VERSION:
        newer = version > FORMAT_VERSION
        advice = ("Update Cairo Desktop on this computer to a version that reads it, or ask the sender to export "
                  f"with format version {FORMAT_VERSION}." if newer else
                  "This version is no longer supported; ask the sender to update Cairo Desktop and export again.")
        raise PackageRefused(file_label, f"the package uses sync format version {version}, and this Cairo Desktop "
                                         f"reads version {FORMAT_VERSION}. {advice}",
                             kind="newer_format" if newer else "older_format",
                             values={"version": version, "supported": FORMAT_VERSION})
    try:
        kwargs: dict[str, Any] = {}
        for key in Manifest.__dataclass_fields__:
            raw = values.get(key, "")
            if key in ("seq", "format_version"):
                kwargs[key] = int(float(str(raw)))
            elif key in ("row_counts", "sheet_hashes", "acks"):
                parsed = json.loads(str(raw) or "{}")
                if not isinstance(parsed, dict):
                    raise ValueError(key)
                kwargs[key] = parsed
            else:
                kwargs[key] = "" if raw is None else str(raw)
        manifest = Manifest(**kwargs)
    except (ValueError, TypeError) as error:
        raise PackageRefused(file_label, f"the hidden '_manifest' sheet is damaged ({error}). Ask the sender to "
                                         "export the package again.", kind="manifest_damaged") from None
    if not manifest.package_id or not manifest.office or manifest.seq < 1:
        raise PackageRefused(file_label, "the hidden '_manifest' sheet lacks the package id, office or sequence "
                                         "number. Ask the sender to export the package again.", kind="manifest_damaged")
    return manifest
