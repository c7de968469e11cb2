"""Ed25519 keys, signatures and fingerprints for sync packages (the ``cryptography`` package).

Each installation signs its packages with its own key; receivers pin the first key seen for an
office. A fingerprint is short enough to read over the phone: 16 bytes of the key's sha256 in
groups of four hex digits.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def new_private_key_hex() -> str:
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return raw.hex()


def _private(private_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))


def public_key_hex(private_hex: str) -> str:
    public = _private(private_hex).public_key()
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def fingerprint(public_hex: str) -> str:
    """e.g. ``3F2A-91C0-...`` (8 groups): what a person compares over the phone."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return "-".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def sign(private_hex: str, message: bytes) -> str:
    return _private(private_hex).sign(message).hex()


def verify(public_hex: str, message: bytes, signature_hex: str) -> bool:
    """True only for a well-formed key and a signature that matches ``message``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(bytes.fromhex(signature_hex), message)
    except (ValueError, InvalidSignature):
        return False
    return True
