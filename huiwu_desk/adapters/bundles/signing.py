"""Desk keys: each desk signs its ops with its own Ed25519 key (``cryptography``).

The private key is made with the desk's event file (``new``, ``demo``, ``join``, and a copy
that continues as a new desk) and stays in that file's ``meta``; it never goes into a
bundle. The public key travels as the desk's ``desk.key`` op. A signature covers an op's
hash, and through ``prev_hash`` every earlier op of that desk: the last op a transaction
writes is signed (``SqlUnitOfWork``), an import checks the last signed op of each run of a
desk's ops in a block (op_lines.checked_block), so checking costs one verification per run,
not one per op.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from ...domain.ops import signed_message

PRIVATE_META = "desk_key"  # meta: this desk's private key (hex of its 32 raw bytes)


def new_key_pair() -> tuple[str, str]:
    """(private, public), hex."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
    return private, public_of(private)


def public_of(private_hex: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


class Signer:
    """Signs op hashes with one desk's private key."""

    def __init__(self, private_hex: str) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
        self.public = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()

    def __repr__(self) -> str:  # a log or a traceback never shows the key
        return f"Signer(public={self.public[:12]}…)"

    def sign(self, op_hash: str) -> str:
        return self._key.sign(signed_message(op_hash)).hex()


@lru_cache(maxsize=256)
def _public(public_hex: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
    except ValueError:
        return None


def verify(public_hex: str, op_hash: str, sig_hex: str) -> bool:
    """Is ``sig_hex`` the signature of the op ``op_hash`` by the key ``public_hex``?"""
    key = _public(public_hex)
    if key is None or len(sig_hex) != 128:
        return False
    try:
        key.verify(bytes.fromhex(sig_hex), signed_message(op_hash))
    except (InvalidSignature, ValueError):
        return False
    return True
