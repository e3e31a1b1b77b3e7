"""Keys and streaming AES-256-GCM for bundles.

The key is scrypt(passphrase, salt = event id): the same passphrase gives another key for
another event, so a bundle of a foreign event never decrypts. Streaming GCM (the same
algorithm and layout as ``AESGCM``: nonce ‖ ciphertext ‖ tag) keeps memory bounded for large
bundles; plaintext is written to a temporary file, sealed (sealed.py), and used only after
the tag verified.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

NONCE_BYTES = 12
TAG_BYTES = 16
CHUNK = 1 << 20


def derive_key(passphrase: str, event_id: str) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=event_id.encode("utf-8"), n=2**14, r=8, p=1, dklen=32
    )


def key_check(key: bytes) -> str:
    """A verifier stored in the event file, so a wrong passphrase is caught before any bundle."""
    return hashlib.sha256(b"huiwu-passphrase-check" + key).hexdigest()


def encrypt_stream(key: bytes, aad: bytes, chunks: Iterable[bytes], out: BinaryIO) -> str:
    """Write nonce ‖ ciphertext ‖ tag to ``out``; returns the SHA-256 of all bytes written."""
    nonce = os.urandom(NONCE_BYTES)
    enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(aad)
    digest = hashlib.sha256(nonce)
    out.write(nonce)
    for chunk in chunks:
        data = enc.update(chunk)
        digest.update(data)
        out.write(data)
    tail = enc.finalize() + enc.tag
    digest.update(tail)
    out.write(tail)
    return digest.hexdigest()


class AuthenticationFailed(Exception):
    """Tampered bytes, another event, or the wrong passphrase: GCM cannot tell which."""


def decrypt_stream(key: bytes, aad: bytes, src: BinaryIO, size: int, out: BinaryIO) -> str:
    """Decrypt ``size`` bytes of nonce ‖ ciphertext ‖ tag from a seekable ``src`` into ``out``.

    Returns the SHA-256 of the encrypted bytes. Raises AuthenticationFailed, after which
    ``out`` holds unauthenticated bytes and must be discarded.
    """
    if size < NONCE_BYTES + TAG_BYTES:
        raise AuthenticationFailed()
    start = src.tell()
    src.seek(start + size - TAG_BYTES)
    tag = src.read(TAG_BYTES)
    src.seek(start)
    nonce = src.read(NONCE_BYTES)
    digest = hashlib.sha256(nonce)
    dec = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    dec.authenticate_additional_data(aad)
    for data in _read_exact(src, size - NONCE_BYTES - TAG_BYTES):
        digest.update(data)
        out.write(dec.update(data))
    digest.update(tag)
    try:
        out.write(dec.finalize())
    except InvalidTag:
        raise AuthenticationFailed() from None
    return digest.hexdigest()


def _read_exact(src: BinaryIO, size: int) -> Iterator[bytes]:
    while size > 0:
        data = src.read(min(CHUNK, size))
        if not data:
            raise AuthenticationFailed()
        size -= len(data)
        yield data
