"""Forged bundles, built from outside with ``cryptography`` as an insider would: the sync key
from an event file's ``meta`` (or the passphrase), AES-GCM by hand, op lines with a correct
hash chain, signed (or not) with a desk's private key taken from its event file.

Nothing here calls the program's own bundle code: what an attacker writes is what the desk
must judge.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def meta(event_file: Path, key: str) -> str:
    con = sqlite3.connect(f"file:{event_file}?mode=ro", uri=True)
    try:
        return con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()[0]
    finally:
        con.close()


def _aad(manifest: dict[str, Any]) -> bytes:
    return canonical({k: v for k, v in manifest.items() if k != "ciphertext_sha256"}).encode()


def open_bundle(path: Path, key: bytes) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        blob = zf.read("ops.bin")
    plain = AESGCM(key).decrypt(blob[:12], blob[12:], _aad(manifest))
    return manifest, [json.loads(line) for line in plain.decode().splitlines()]


def write_bundle(
    path: Path, manifest: dict[str, Any], ops: list[dict[str, Any]], key: bytes
) -> Path:
    plain = "".join(canonical(op) + "\n" for op in ops).encode()
    vv: dict[str, int] = {}
    for op in ops:
        vv[op["desk_id"]] = max(vv.get(op["desk_id"], 0), op["seq"])
    manifest = {k: v for k, v in manifest.items() if k != "ciphertext_sha256"}
    manifest |= {
        "op_count": len(ops),
        "version_vector": manifest.get("version_vector", vv) | vv,
        "ranges": {d: [1, s] for d, s in vv.items()},
        "plaintext_sha256": hashlib.sha256(plain).hexdigest(),
    }
    nonce = os.urandom(12)
    blob = nonce + AESGCM(key).encrypt(nonce, plain, _aad(manifest))
    manifest["ciphertext_sha256"] = hashlib.sha256(blob).hexdigest()
    path.unlink(missing_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", canonical(manifest), compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("ops.bin", blob, compress_type=zipfile.ZIP_STORED)
    return path


def op_hash(op: dict[str, Any]) -> str:
    body = {k: v for k, v in op.items() if k not in ("op_hash", "sig")}
    return hashlib.sha256(canonical(body).encode()).hexdigest()


def next_op(
    ops: list[dict[str, Any]],
    desk_id: str,
    kind: str,
    payload: dict[str, Any],
    *,
    entity: str = "",
    operator: str = "李娜",
    supervisor: str | None = None,
    hlc: str | None = None,
    seq: int | None = None,
    prev_hash: str | None = None,
) -> dict[str, Any]:
    """The op that would follow ``desk_id``'s last op in ``ops``, with a correct hash."""
    mine = [op for op in ops if op["desk_id"] == desk_id]
    last = max(mine, key=lambda op: op["seq"]) if mine else None
    op = {
        "desk_id": desk_id,
        "seq": seq if seq is not None else (last["seq"] + 1 if last else 1),
        "hlc": hlc or (last["hlc"][:-5] + "00099" if last else "1800000000000.00000"),
        "kind": kind,
        "entity": entity or hashlib.sha256(os.urandom(8)).hexdigest()[:32],
        "operator": operator,
        "payload": payload,
        "supervisor": supervisor,
        "prev_hash": prev_hash or (last["op_hash"] if last else "0" * 64),
    }
    op["op_hash"] = op_hash(op)
    return op


def signed(op: dict[str, Any], private_hex: str) -> dict[str, Any]:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
    return op | {"sig": key.sign(b"huiwu-op-v1:" + op["op_hash"].encode()).hex()}


def new_private_key() -> str:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return (
        Ed25519PrivateKey.generate()
        .private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        .hex()
    )
