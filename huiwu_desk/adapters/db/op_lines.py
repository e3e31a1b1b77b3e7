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
from dataclasses import fields
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


def _canonical_encoder() -> Any:
    """``_CANONICAL.encode``, with json's C encoder made once rather than on every call (a
    third of the time, for each of a merge's tens of thousands of payloads)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without json's C speedups
        return _CANONICAL.encode
    e = _CANONICAL
    chunks = make(
        None, e.default, json.encoder.encode_basestring, None, ":", ",", True, False, True
    )
    return lambda payload: "".join(chunks(payload, 0))


_encode = _canonical_encoder()
_FIELDS = tuple(f.name for f in fields(Op))


def op_from_line(line: bytes, origin: str) -> Op:
    """One bundle line as a verified op; refuses a line that is not one or whose hash fails."""
    return Op(*_op_values(line, origin, {}.setdefault))


def _op_values(line: bytes, origin: str, one: Any) -> tuple[Any, ...]:
    """A line's op as its values in ``Op`` field order (what ``Op(*values)`` takes).

    ``one(s, s)`` gives the one object for equal strings across a block (dict.setdefault):
    a worker process sends each such string once (op_worker.py)."""
    try:
        text = line.decode("utf-8").removesuffix("\n")
        values = _canonical_values(text, one)
        if values is not None:
            return values
        data = json.loads(text)
    except ValueError:  # not UTF-8, not JSON
        raise BundleRejected(path=origin) from None
    if not isinstance(data, dict):
        raise BundleRejected(path=origin)
    op = op_from_dict(data, origin)
    return tuple(getattr(op, name) for name in _FIELDS)


def _canonical_values(text: str, one: Any) -> tuple[Any, ...] | None:
    """The op values of a canonical line that verifies; None sends the line the general way."""
    m = _CANONICAL_LINE.fullmatch(text)
    if m is None:
        return None
    desk_id, entity, hlc, kind, _, op_hash, operator, raw, prev_hash, seq, supervisor = m.groups()
    try:
        payload = json.loads(raw)
    except ValueError:
        return None
    # the payload too must be canonical for the line's bytes to be the hash input
    if type(payload) is not dict or _encode(payload) != raw:
        return None
    body = text[: m.start(5)] + text[m.end(5) :]
    if hashlib.sha256(body.encode("utf-8")).hexdigest() != op_hash:
        return None
    return (
        one(desk_id, desk_id),
        int(seq),
        hlc,
        one(kind, kind),
        entity,
        one(operator, operator),
        {one(k, k): v for k, v in payload.items()},
        supervisor,
        one(prev_hash, prev_hash),  # the previous line's op_hash
        one(op_hash, op_hash),
        raw,
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
    return [Op(*values) for values in op_values_in_block(block, origin)]


def op_values_in_block(block: bytes, origin: str) -> list[tuple[Any, ...]]:
    """``ops_in_block`` as each op's values (``Op(*values)``), equal strings one object."""
    lines = block.split(b"\n")  # as a file iterates them: only "\n" ends a line
    if lines[-1] == b"":
        lines.pop()
    shared: dict[str, str] = {}
    return [_op_values(line, origin, shared.setdefault) for line in lines]
