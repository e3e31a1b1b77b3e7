"""Operations: the immutable facts every table people see is derived from.

An op id is ``(desk_id, seq)``; ``op_hash`` covers everything in the op including
``prev_hash`` (the same desk's previous op), so a desk's ops form a hash chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

GENESIS_HASH = "0" * 64
SIGNED_PREFIX = b"huiwu-op-v1:"


def signed_message(op_hash: str) -> bytes:
    """What a desk's key signs for an op: its hash, which covers the op and, through
    ``prev_hash``, every earlier op of the same desk."""
    return SIGNED_PREFIX + op_hash.encode("ascii")


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 characters kept: the same bytes on every desk."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Op:
    desk_id: str
    seq: int
    hlc: str
    kind: str
    entity: str
    operator: str
    payload: dict[str, Any] = field(default_factory=dict)
    supervisor: str | None = None
    prev_hash: str = GENESIS_HASH
    op_hash: str = ""
    # canonical_json(payload), when already known: encoded once for the hash and the row
    payload_json: str = field(default="", compare=False, repr=False)
    # Ed25519 signature (hex) of ``signed_message(op_hash)`` by the desk's key; "" when the
    # op is covered by a later signed op of its chain (only the last op a transaction writes
    # is signed: the hash chain binds the ones before it), or for ops older than signing
    sig: str = field(default="", compare=False, repr=False)

    @property
    def order_key(self) -> tuple[str, str, int]:
        return (self.hlc, self.desk_id, self.seq)

    def encoded_payload(self) -> str:
        return self.payload_json or canonical_json(self.payload)

    def hash_input(self) -> str:
        """canonical_json of the op without its hash, with the payload spliced in as encoded
        (the same bytes: sorted keys, the payload is one member)."""
        members = {
            "desk_id": self.desk_id,
            "entity": self.entity,
            "hlc": self.hlc,
            "kind": self.kind,
            "operator": self.operator,
            "payload": None,
            "prev_hash": self.prev_hash,
            "seq": self.seq,
            "supervisor": self.supervisor,
        }
        parts = [
            f"{json.dumps(key, ensure_ascii=False)}:"
            + (self.encoded_payload() if key == "payload" else canonical_json(value))
            for key, value in members.items()
        ]
        return "{" + ",".join(parts) + "}"

    def compute_hash(self) -> str:
        return hashlib.sha256(self.hash_input().encode("utf-8")).hexdigest()

    def verified(self) -> bool:
        return self.op_hash == self.compute_hash()
