"""The bundle file: ``manifest.json`` (no personal data) and ``ops.bin`` (encrypted ops.jsonl).

The manifest is the GCM associated data, all of it except ``ciphertext_sha256``, which can
only be known after encrypting. Import reads from a local copy, bounds every size, accepts
exactly the two members, authenticates before a single op is parsed.

No op is ever on disk in clear outside the event file: export encrypts the lines from memory
(the caller holds them already), import decrypts into a sealed temp file (sealed.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from ...domain.ops import canonical_json
from ...domain.sync_errors import (
    BundleManifestInvalid,
    BundleRejected,
    BundleTooNew,
    BundleUnreadable,
    ExportNotVerified,
    ForeignBundle,
)
from ..db import live_files
from ..durable import fsync_file, fsync_folder
from .crypto import AuthenticationFailed, decrypt_stream, encrypt_stream
from .sealed import SealedFile, SealingWriter

FORMAT = "huiwu-sync"
FORMAT_VERSION = 2  # 2: op lines may carry their desk's signature; the manifest, the keys
READABLE_VERSIONS = (1, 2)  # a bundle made before desks signed is read as before
EXTENSION = ".hwsync"
MANIFEST = "manifest.json"
OPS = "ops.bin"
MAX_BUNDLE_BYTES = 2 << 30
MAX_MANIFEST_BYTES = 1 << 20
IMPORT_WORK, EXPORT_WORK = "huiwu-import-", "huiwu-export-"  # prefixes of work_dir()
WORK_PREFIXES = (IMPORT_WORK, EXPORT_WORK)
STALE_WORK_S = 3600


def _aad(manifest: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in manifest.items() if k != "ciphertext_sha256"}).encode()


def write_bundle(path: Path, manifest: dict[str, Any], lines: Sequence[bytes], key: bytes) -> Path:
    """Write atomically (temp file, fsync, rename, fsync folder), then read back and verify.

    Two passes over ``lines``: the plaintext hash is in the manifest, which is the
    ciphertext's associated data. Only ciphertext goes to the temp folder."""
    path = Path(path)
    live_files.refuse_live(path)  # "-o" naming the event file itself: say so, plainly
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    with work_dir(EXPORT_WORK) as work:
        digest = hashlib.sha256()
        for line in lines:
            digest.update(line)
        manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION}
        manifest["plaintext_sha256"] = digest.hexdigest()
        cipher = Path(work) / OPS
        with cipher.open("wb") as out:
            manifest["ciphertext_sha256"] = encrypt_stream(key, _aad(manifest), _chunks(lines), out)
        tmp = folder / f".{path.name}.part"
        try:
            with zipfile.ZipFile(tmp, "w") as zf:
                zf.writestr(MANIFEST, canonical_json(manifest), compress_type=zipfile.ZIP_DEFLATED)
                zf.write(cipher, OPS, compress_type=zipfile.ZIP_STORED)
            fsync_file(tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full stick keeps no half-written bundle
            raise
        fsync_folder(folder)
    if read_manifest(path).get("ciphertext_sha256") != manifest["ciphertext_sha256"] or not _verify(
        path, manifest["ciphertext_sha256"]
    ):
        raise ExportNotVerified()
    return path


def _chunks(lines: Sequence[bytes], size: int = 1 << 20) -> Iterator[bytes]:
    """Lines joined into chunks of about ``size`` bytes: one cipher call each, not one a line."""
    chunk: list[bytes] = []
    filled = 0
    for line in lines:
        chunk.append(line)
        filled += len(line)
        if filled >= size:
            yield b"".join(chunk)
            chunk, filled = [], 0
    if chunk:
        yield b"".join(chunk)


def _verify(path: Path, expected: str) -> bool:
    digest = hashlib.sha256()
    with zipfile.ZipFile(path) as zf, zf.open(OPS) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest() == expected


def _checked_zip(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise BundleUnreadable(path=str(path)) from None
    infos = {i.filename: i for i in zf.infolist()}
    if set(infos) != {MANIFEST, OPS}:  # no paths, no extra members
        zf.close()
        raise BundleUnreadable(path=str(path))
    manifest_info, ops_info = infos[MANIFEST], infos[OPS]
    if manifest_info.file_size > MAX_MANIFEST_BYTES or ops_info.file_size > MAX_BUNDLE_BYTES:
        zf.close()
        raise BundleUnreadable(path=str(path))
    if ops_info.compress_type != zipfile.ZIP_STORED:  # ciphertext never compresses: a bomb
        zf.close()
        raise BundleUnreadable(path=str(path))
    if ops_info.file_size != ops_info.compress_size:  # stored: the two sizes are one
        zf.close()
        raise BundleUnreadable(path=str(path))
    return zf


def _bounded(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, read as a stream that stops past ``limit``: never what its size
    field in the zip's directory says (a lying size must not make it allocate gigabytes)."""
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
        if len(data) > limit:
            raise BundleUnreadable(path=zf.filename or "")
        fh.read(1)  # at the end: the member's CRC is checked
    return data


def read_manifest(path: Path) -> dict[str, Any]:
    with _checked_zip(Path(path)) as zf:
        try:
            manifest = json.loads(_bounded(zf, MANIFEST, MAX_MANIFEST_BYTES).decode("utf-8"))
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError, EOFError):
            raise BundleUnreadable(path=str(path)) from None
        except zlib.error:
            raise BundleUnreadable(path=str(path)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleUnreadable(path=str(path))
    version = manifest.get("format_version", 0)
    if type(version) is not int:
        raise BundleManifestInvalid(path=str(path))
    if version > FORMAT_VERSION:
        raise BundleTooNew(path=str(path))
    if version not in READABLE_VERSIONS or not manifest_valid(manifest):
        raise BundleManifestInvalid(path=str(path))
    return manifest


_HEX64 = re.compile(r"[0-9a-f]{64}")


def _name(value: Any, limit: int = 100) -> bool:
    return isinstance(value, str) and len(value) <= limit and value.isprintable()


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**53


def manifest_valid(m: dict[str, Any]) -> bool:
    """Every member a desk reads has its type: a version vector of ``{"A1": "zz"}`` (made by a
    key holder: the manifest authenticates) is refused here, before anything is stored."""
    vv, ranges, keys = m.get("version_vector"), m.get("ranges", {}), m.get("keys", {})
    return (
        _name(m.get("event_id"))
        and _name(m.get("sender_desk"))
        and _name(m.get("sender_code", ""), 12)
        and _name(m.get("bundle_id", ""))
        and _name(m.get("app_version", ""), 40)
        and _name(m.get("schema", ""), 60)
        and _count(m.get("op_count", 0))
        and type(m.get("created_ms", 0)) is int
        and isinstance(vv, dict)
        and len(vv) <= 10_000
        and all(_name(d) and _count(n) for d, n in vv.items())
        and isinstance(ranges, dict)
        and all(
            _name(d) and isinstance(r, list) and len(r) == 2 and all(map(_count, r))
            for d, r in ranges.items()
        )
        and isinstance(keys, dict)
        and all(
            _name(d) and isinstance(k, str) and bool(_HEX64.fullmatch(k)) for d, k in keys.items()
        )
        and all(
            isinstance(m.get(h), str) and bool(_HEX64.fullmatch(m[h]))
            for h in ("plaintext_sha256", "ciphertext_sha256")
        )
    )


def decrypted_copy(
    path: Path, event_id: str | None, key_for: Any, work: Path, seal: bytes
) -> tuple[dict[str, Any], SealedFile]:
    """(manifest, ``work``/ops.sealed): the bundle at ``path`` copied into the folder ``work``
    off its medium, authenticated and decrypted there, sealed with the key ``seal``
    (sealed.py). Raises what is wrong with it."""
    path = Path(path)
    local = work / "bundle.hwsync"
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES + MAX_MANIFEST_BYTES:
            raise BundleUnreadable(path=str(path))
        shutil.copyfile(path, local)  # off the removable medium before anything else
    except OSError:
        raise BundleUnreadable(path=str(path)) from None
    try:
        manifest = read_manifest(local)
    except (BundleTooNew, BundleUnreadable, BundleManifestInvalid) as exc:
        raise type(exc)(path=str(path)) from None  # the person's file, not the copy
    if event_id is not None and manifest.get("event_id") != event_id:
        raise ForeignBundle(path=str(path))
    sealed = work / "ops.sealed"
    try:
        with _checked_zip(local) as zf, zf.open(OPS) as src, sealed.open("wb") as fh:
            size = zf.getinfo(OPS).file_size
            out = _HashingWriter(SealingWriter(fh, seal))  # the plaintext hash in the same pass
            digest = decrypt_stream(key_for(manifest["event_id"]), _aad(manifest), src, size, out)
    except AuthenticationFailed:
        raise BundleRejected(path=str(path)) from None
    except (
        BundleUnreadable,
        zipfile.BadZipFile,
        OSError,
        KeyError,
        EOFError,
        ValueError,
        zlib.error,
    ):  # a size field that lies (ValueError from a seek), a member cut short
        raise BundleUnreadable(path=str(path)) from None
    if digest != manifest.get("ciphertext_sha256") or out.hexdigest() != manifest.get(
        "plaintext_sha256"
    ):
        raise BundleRejected(path=str(path))
    local.unlink()  # only the sealed ops are read from here on
    return manifest, SealedFile(str(sealed), seal)


class _HashingWriter:
    def __init__(self, out: BinaryIO | SealingWriter) -> None:
        self.out = out
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.out.write(data)

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def work_dir(prefix: str) -> tempfile.TemporaryDirectory[str]:
    """A temp folder of this module, named after this process: ``<prefix><pid>-<random>``."""
    return tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-")


def sweep_work_dirs() -> int:
    """Remove the temp folders an import or export left behind when it was killed half-way
    (kill -9, a power cut). They hold only ciphertext whose key died with the process, so
    this is housekeeping: at once when the process named in the folder is gone, else (an
    import may be running in another window; an older version's folder) once untouched
    for an hour."""
    removed = 0
    cutoff = time.time() - STALE_WORK_S
    for prefix in WORK_PREFIXES:
        for folder in Path(tempfile.gettempdir()).glob(prefix + "*"):
            try:
                owner = folder.name[len(prefix) :].split("-", 1)[0]
                dead = owner.isdigit() and not _alive(int(owner))
                if folder.is_dir() and (dead or folder.stat().st_mtime < cutoff):
                    shutil.rmtree(folder)
                    removed += 1
            except OSError:
                continue  # another user's, or in use: never stops an import
    return removed


def _alive(pid: int) -> bool:
    """Is process ``pid`` running? Unknown (so True) on Windows, where os.kill would end it.
    A pid reused since only delays the sweep to the hour."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True
