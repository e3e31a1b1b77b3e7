"""An op as one line of a bundle's ``ops.jsonl``, and back, with its hash, its rules and
its desk's signature verified.

A line is canonical JSON of the op, payload as an object, with its signature (``sig``) when
it has one. The hash input is that same JSON without ``op_hash`` and ``sig``: for a line
exactly as this module writes it, that is the line's own text minus those members, so it is
verified without decoding and re-encoding the whole op (a sync merge reads tens of
thousands). Any other line is decoded and re-encoded, as before.

Each new op is held to the local rules (domain/op_rules.py) here, in the worker processes of
a big import. Signatures: within a block, a run of one desk's ops (consecutive, each linked
to the one before by ``prev_hash``) is covered by the last signed op of the run, whose hash
binds every op before it; that one signature is verified (``_coverage``), with the desk's
admitted key or, for a desk this event does not know yet, the key its bundle names (the
merge then checks that key is the one the desk's ``desk.key`` op admitted).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from ...domain.op_rules import refusal
from ...domain.ops import Op, canonical_json
from ...domain.sync_errors import BundleRejected, ForgedOps, OpRefused
from ..bundles.signing import verify

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
    "sig",
)


def op_line(row: Any) -> bytes:
    """One op as a canonical JSON line (payload as an object, not a string)."""
    data = {name: row[name] for name in OP_FIELDS[:-1]}
    data["payload"] = json.loads(data["payload"])
    if row.get("sig"):  # else: covered by a later op of its desk, or made before signing
        data["sig"] = row["sig"]
    return (canonical_json(data) + "\n").encode("utf-8")


# A line exactly as op_line() writes it: members in canonical order, strings that need no
# escaping, a lower-case hex hash. Its bytes without the op_hash member are the hash input,
# so it is verified without re-encoding the op; any other line takes the general path.
_PLAIN = r'[^"\\\x00-\x1f]*'
_CANONICAL_LINE = re.compile(
    rf'\{{"desk_id":"({_PLAIN})","entity":"({_PLAIN})","hlc":"({_PLAIN})","kind":"({_PLAIN})",'
    r'("op_hash":"([0-9a-f]{64})",)'
    rf'"operator":"({_PLAIN})","payload":(\{{.*\}}),"prev_hash":"([0-9a-f]{{64}})",'
    rf'"seq":([1-9][0-9]{{0,17}})(,"sig":"([0-9a-f]{{128}})")?,'
    rf'"supervisor":(?:null|"({_PLAIN})")\}}'
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
    text = _text(line, origin).removesuffix("\n")
    return Op(*_op_values(text, _CANONICAL_LINE.fullmatch(text), origin, {}.setdefault))


def _text(line: bytes, origin: str) -> str:
    try:
        return line.decode("utf-8")
    except ValueError:
        raise BundleRejected(path=origin) from None


def _op_values(text: str, m: re.Match[str] | None, origin: str, one: Any) -> tuple[Any, ...]:
    """A line's op as its values in ``Op`` field order (what ``Op(*values)`` takes); ``m``
    is the line's match of the canonical form, if it is one.

    ``one(s, s)`` gives the one object for equal strings across a block (dict.setdefault):
    a worker process sends each such string once (op_worker.py)."""
    values = _canonical_values(text, m, one)
    if values is not None:
        return values
    try:
        data = json.loads(text)
    except ValueError:  # not JSON
        raise BundleRejected(path=origin) from None
    if not isinstance(data, dict):
        raise BundleRejected(path=origin)
    op = op_from_dict(data, origin)
    return tuple(getattr(op, name) for name in _FIELDS)


def _canonical_values(text: str, m: re.Match[str] | None, one: Any) -> tuple[Any, ...] | None:
    """The op values of a canonical line that verifies; None sends the line the general way."""
    if m is None:
        return None
    desk_id, entity, hlc, kind, _, op_hash, operator, raw, prev_hash, seq, _, sig, supervisor = (
        m.groups()
    )
    try:
        payload = json.loads(raw)
    except ValueError:
        return None
    # the payload too must be canonical for the line's bytes to be the hash input
    if type(payload) is not dict or _encode(payload) != raw or not _hash_holds(text, m):
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
        sig or "",
    )


def _hash_holds(text: str, m: re.Match[str]) -> bool:
    """Is the op_hash of a canonical line the hash of the line without it (and its sig)?"""
    if m.start(11) < 0:
        body = text[: m.start(5)] + text[m.end(5) :]
    else:
        body = text[: m.start(5)] + text[m.end(5) : m.start(11)] + text[m.end(11) :]
    return hashlib.sha256(body.encode("utf-8")).hexdigest() == m[6]


def op_from_dict(data: dict[str, Any], origin: str) -> Op:
    sig = data.get("sig") or ""
    if not isinstance(sig, str) or (sig and not _SIG.fullmatch(sig)):
        raise BundleRejected(path=origin)
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
            sig=sig,
        )
    except (KeyError, TypeError, ValueError):
        raise BundleRejected(path=origin) from None
    if op.seq < 1 or not op.verified():
        raise BundleRejected(path=origin)
    return op


_SIG = re.compile(r"[0-9a-f]{128}")

# (desk_id, seq, op_hash) of a line whose op the event already holds
Known = tuple[str, int, str]
# per new op: the public key (hex) of the signature that covers it within its block, or ""
Cover = list[str]
# indexes of an op's values (``Op(*values)``)
_DESK, _SEQ, _KIND, _ENTITY, _OPERATOR, _PAYLOAD, _SUPERVISOR = 0, 1, 3, 4, 5, 6, 7
_PREV, _HASH, _RAW, _SIGNED = 8, 9, 10, 11


def ops_in_block(
    block: bytes,
    origin: str,
    held: Mapping[str, int] | None = None,
    keys: Mapping[str, str] | None = None,
) -> tuple[list[Op], list[Known], Cover]:
    """Whole lines of a bundle (``ops.jsonl``) as verified ops; see ``checked_block``."""
    new, known, cover = checked_block(block, origin, held, keys)
    return [Op(*values) for values in new], known, cover


def checked_block(
    block: bytes,
    origin: str,
    held: Mapping[str, int] | None = None,
    keys: Mapping[str, str] | None = None,
) -> tuple[list[tuple[Any, ...]], list[Known], Cover]:
    """Whole lines of a bundle as verified ops' values (``Op(*values)``), equal strings one
    object, and apart from them the ops the event already holds (``held``: its version
    vector): a canonical line of one of those has its hash checked, and only its id and hash
    come back, which the merge compares with its own (a desk's file re-read in shared-folder
    mode is mostly such lines; nothing of them is applied). Each new op is held to the
    local rules; ``keys`` (desk id → public key) check the signatures (``_coverage``)."""
    lines = block.split(b"\n")  # as a file iterates them: only "\n" ends a line
    if lines[-1] == b"":
        lines.pop()
    shared: dict[str, str] = {}
    one = shared.setdefault
    new: list[tuple[Any, ...]] = []
    known: list[Known] = []
    for line in lines:
        text = _text(line, origin)
        m = _CANONICAL_LINE.fullmatch(text)
        if m is not None and held and int(m[10]) <= held.get(m[1], 0) and _hash_holds(text, m):
            known.append((one(m[1], m[1]), int(m[10]), m[6]))
        else:
            values = _op_values(text, m, origin, one)
            why = refusal(
                values[_DESK],
                values[_KIND],
                values[_ENTITY],
                values[_OPERATOR],
                values[_SUPERVISOR],
                values[_PAYLOAD],
                values[_RAW],
            )
            if why is not None:
                raise OpRefused(
                    path=origin,
                    desk=values[_DESK][:8],
                    seq=values[_SEQ],
                    reason=why[0],
                    reason_en=why[1],
                )
            new.append(values)
    return new, known, _coverage(new, keys or {}, origin)


def _coverage(new: list[tuple[Any, ...]], keys: Mapping[str, str], origin: str) -> Cover:
    """Which ops of a block a verified signature covers, and with which key.

    A run: consecutive ops of one desk, each the next seq and linked by ``prev_hash``. Its
    last signed op is verified with the desk's key; it covers itself and the ops before it
    in the run. A signature that fails is a forgery: the block is refused. Ops after the
    last signed one (a run a block boundary cuts) are left to the merge, which covers them
    with a later signed op of the same chain, or refuses them."""
    cover = [""] * len(new)
    start, count = 0, len(new)
    while start < count:
        desk = new[start][_DESK]
        end = start
        while (
            end + 1 < count
            and new[end + 1][_DESK] == desk
            and new[end + 1][_SEQ] == new[end][_SEQ] + 1
            and new[end + 1][_PREV] == new[end][_HASH]
        ):
            end += 1
        tip = end
        while tip >= start and not new[tip][_SIGNED]:
            tip -= 1
        key = keys.get(desk)
        if tip >= start and key:
            if not verify(key, new[tip][_HASH], new[tip][_SIGNED]):
                raise ForgedOps(path=origin, desk=desk[:8])
            cover[start : tip + 1] = [key] * (tip + 1 - start)
        start = end + 1
    return cover
