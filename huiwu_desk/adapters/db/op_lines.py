"""An op as one line of a bundle's ``ops.jsonl``, and back, with its hash verified.

A line is canonical JSON of the op, payload as an object. The hash input is that same JSON
without ``op_hash``: for a line exactly as this module writes it, that is the line's own
text minus one member, so it is verified without decoding and re-encoding the whole op
(a sync merge reads tens of thousands). Any other line is decoded and re-encoded, as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from ...domain.ops import Op, canonical_json
from ...domain.sync_errors import BundleRejected

OP_FIELDS = (
    "desk_id",
    "seq",
    "hlc",
    "kind",
    "entity",
    "operator",
    "supervisor",
    "payload",
    "prev_hash",
    "op_hash",
)


def op_line(row: Any) -> bytes:
    """One op as a canonical JSON line (payload as an object, not a string)."""
    data = {name: row[name] for name in OP_FIELDS}
    data["payload"] = json.loads(data["payload"])
    return (canonical_json(data) + "\n").encode("utf-8")


# A line exactly as op_line() writes it: members in canonical order, strings that need no
# escaping, a lower-case hex hash. Its bytes without the op_hash member are the hash input,
# so it is verified without re-encoding the op; any other line takes the general path.
_PLAIN = r'[^"\\\x00-\x1f]*'
_CANONICAL_LINE = re.compile(
    rf'\{{"desk_id":"({_PLAIN})","entity":"({_PLAIN})","hlc":"({_PLAIN})","kind":"({_PLAIN})",'
    r'("op_hash":"([0-9a-f]{64})",)'
    rf'"operator":"({_PLAIN})","payload":(\{{.*\}}),"prev_hash":"([0-9a-f]{{64}})",'
    rf'"seq":([1-9][0-9]{{0,17}}),"supervisor":(?:null|"({_PLAIN})")\}}'
)
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def op_from_line(line: bytes, origin: str) -> Op:
    """One bundle line as a verified op; refuses a line that is not one or whose hash fails."""
    try:
        text = line.decode("utf-8").removesuffix("\n")
        op = _canonical_op(text)
        if op is not None:
            return op
        data = json.loads(text)
    except ValueError:  # not UTF-8, not JSON
        raise BundleRejected(path=origin) from None
    if not isinstance(data, dict):
        raise BundleRejected(path=origin)
    return op_from_dict(data, origin)


def _canonical_op(text: str) -> Op | None:
    """The op of a canonical line that verifies; None sends the line the general way."""
    m = _CANONICAL_LINE.fullmatch(text)
    if m is None:
        return None
    try:
        payload = json.loads(m[8])
    except ValueError:
        return None
    # the payload too must be canonical for the line's bytes to be the hash input
    if not isinstance(payload, dict) or _CANONICAL.encode(payload) != m[8]:
        return None
    body = text[: m.start(5)] + text[m.end(5) :]
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != m[6]:
        return None
    return Op(
        desk_id=m[1],
        seq=int(m[10]),
        hlc=m[3],
        kind=m[4],
        entity=m[2],
        operator=m[7],
        payload=payload,
        supervisor=m[11],
        prev_hash=m[9],
        op_hash=m[6],
        payload_json=m[8],
    )


def op_from_dict(data: dict[str, Any], origin: str) -> Op:
    try:
        op = Op(
            desk_id=str(data["desk_id"]),
            seq=int(data["seq"]),
            hlc=str(data["hlc"]),
            kind=str(data["kind"]),
            entity=str(data["entity"]),
            operator=str(data["operator"]),
            payload=dict(data["payload"]),
            supervisor=None if data.get("supervisor") is None else str(data["supervisor"]),
            prev_hash=str(data["prev_hash"]),
            op_hash=str(data["op_hash"]),
            payload_json=canonical_json(data["payload"]),
        )
    except (KeyError, TypeError, ValueError):
        raise BundleRejected(path=origin) from None
    if op.seq < 1 or not op.verified():
        raise BundleRejected(path=origin)
    return op


def ops_in_block(block: bytes, origin: str) -> list[Op]:
    """Whole lines of a bundle (``ops.jsonl``) as verified ops."""
    lines = block.split(b"\n")  # as a file iterates them: only "\n" ends a line
    if lines[-1] == b"":
        lines.pop()
    return [op_from_line(line, origin) for line in lines]
