"""Decrypted ops in a temp file, sealed with a key that exists only in memory.

An import decrypts each bundle into its temp folder, where worker processes read blocks of
its lines by their place in the file. What it writes there is AES-256-CTR under a random key
made for that one file by the importing process and handed to its workers as an argument of
their tasks (through the pool's pipe: never a file, never the environment). A process killed
half-way (kill -9, a power cut) leaves only ciphertext whose key died with it, on Windows as
on Linux. (A file deleted while open, or delete-on-close, would not do: the workers open it
by name after another process wrote it.) CTR reads any span alone: byte ``o`` is under
counter block ``o // 16``. No tag: the bytes were authenticated (bundle GCM, plaintext hash)
on their way in, the folder is the user's own (mkdtemp: 0700), and a changed byte would
still fail its op's hash.

Why not plaintext in memory only: a worker reads spans another process decrypted, and
processes share memory only through a shared-memory segment, on Linux a file in /dev/shm
that a kill -9 leaves behind; and an import would hold each bundle it has open (tens of MB
for a hub) whole. Sealing costs one AES pass (GB/s) over the bytes each way.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

KEY_BYTES = 32
_BLOCK = 16
CHUNK = 1 << 20


def new_key() -> bytes:
    """A key for one file: never reused, so counters from 0 never repeat a keystream."""
    return os.urandom(KEY_BYTES)


def _ctr(key: bytes, offset: int) -> Cipher[modes.CTR]:
    return Cipher(algorithms.AES(key), modes.CTR((offset // _BLOCK).to_bytes(_BLOCK, "big")))


class SealingWriter:
    """Writes what it is given, sealed, to ``out`` (from the file's first byte)."""

    def __init__(self, out: BinaryIO, key: bytes) -> None:
        self.out = out
        self.enc: CipherContext = _ctr(key, 0).encryptor()

    def write(self, data: bytes) -> int:
        return self.out.write(self.enc.update(data))


class SealedFile(NamedTuple):
    """A sealed file and its key: what a worker is given to read it."""

    path: str
    key: bytes

    def __repr__(self) -> str:  # a log or a traceback never shows the key
        return f"SealedFile({self.path!r})"

    def read(self, offset: int, length: int) -> bytes:
        """``length`` plaintext bytes from ``offset``."""
        skip = offset % _BLOCK
        with open(self.path, "rb") as fh:
            fh.seek(offset - skip)
            data = fh.read(skip + length)
        return _ctr(self.key, offset).decryptor().update(data)[skip:]

    def chunks(self) -> Iterator[bytes]:
        """The whole plaintext, a chunk at a time."""
        dec = _ctr(self.key, 0).decryptor()
        with open(self.path, "rb") as fh:
            for data in iter(lambda: fh.read(CHUNK), b""):
                yield dec.update(data)
