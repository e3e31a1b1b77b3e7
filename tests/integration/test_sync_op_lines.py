"""Bundle lines: the fast check of a canonical line accepts exactly what the full check does."""

from __future__ import annotations

import hashlib
import json

import pytest

from huiwu_desk.adapters.db.op_lines import (
    _CANONICAL_LINE,
    _canonical_values,
    op_from_dict,
    op_from_line,
    op_line,
)
from huiwu_desk.domain.ops import Op, canonical_json
from huiwu_desk.domain.sync_errors import BundleRejected

PAYLOAD = {
    "amount_fen": 120000,
    "attendee_id": "8c554a14-6367-4cfd-9dc3-191936906cb6",
    "method": "cash",
    "note": "含税 𬌗",
    "nested": {"b": [1, 2, None], "a": True},
}


def _op(**changes) -> Op:
    fields = {
        "desk_id": "950420da-bd34-485f-96c3-528a3a41c65f",
        "seq": 7,
        "hlc": "1795457426078.00003",
        "kind": "payment",
        "entity": "3bf2c5df-411b-430b-9b48-16d9ad936ba7",
        "operator": "李娜",
        "payload": PAYLOAD,
        "supervisor": None,
        "prev_hash": hashlib.sha256(b"previous").hexdigest(),
    } | changes
    op = Op(**fields)
    return Op(**fields, op_hash=op.compute_hash())


def _line(op: Op) -> bytes:
    row = {
        "desk_id": op.desk_id,
        "seq": op.seq,
        "hlc": op.hlc,
        "kind": op.kind,
        "entity": op.entity,
        "operator": op.operator,
        "supervisor": op.supervisor,
        "payload": canonical_json(op.payload),
        "prev_hash": op.prev_hash,
        "op_hash": op.op_hash,
    }
    return op_line(row)


def _fast(line: bytes):
    """The fast path's values for a line, or None where it leaves the line to json."""
    text = line.decode().removesuffix("\n")
    return _canonical_values(text, _CANONICAL_LINE.fullmatch(text), {}.setdefault)


def _same(parsed: Op, expected: Op) -> None:
    assert parsed == expected and parsed.payload_json == canonical_json(expected.payload)


@pytest.mark.parametrize(
    "changes",
    [{}, {"supervisor": "王芳"}, {"seq": 1, "prev_hash": "0" * 64}],
)
def test_a_written_line_takes_the_fast_path_and_gives_the_same_op(changes):
    op = _op(**changes)
    line = _line(op)
    fast = _fast(line)
    assert fast is not None
    _same(Op(*fast), op)
    _same(op_from_line(line, "x"), op)
    _same(op_from_dict(json.loads(line), "x"), op)


@pytest.mark.parametrize("operator", ['李"娜', "back\\slash", "two\nlines", "tab\there"])
def test_strings_that_need_escaping_take_the_general_path(operator):
    op = _op(operator=operator)
    line = _line(op)
    assert _fast(line) is None
    _same(op_from_line(line, "x"), op)


def test_a_valid_op_written_another_way_is_still_accepted():
    op = _op()
    data = json.loads(_line(op))
    loose = json.dumps(dict(reversed(list(data.items()))), indent=1).encode()  # order, spaces
    _same(op_from_line(loose, "x"), op)


@pytest.mark.parametrize(
    "old,new",
    [
        (b'"amount_fen":120000', b'"amount_fen":120001'),
        (b'"seq":7', b'"seq":8'),
        (b'"kind":"payment"', b'"kind":"checkin"'),
        (b'"supervisor":null', b'"supervisor":"x"'),
    ],
)
def test_a_changed_byte_is_refused(old, new):
    line = _line(_op())
    assert old in line
    with pytest.raises(BundleRejected):
        op_from_line(line.replace(old, new), "x")


def test_a_changed_hash_or_link_is_refused():
    op = _op()
    line = _line(op)
    for field in (op.op_hash, op.prev_hash):
        forged = line.replace(field.encode(), hashlib.sha256(b"other").hexdigest().encode())
        with pytest.raises(BundleRejected):
            op_from_line(forged, "x")


def test_a_hash_over_a_non_canonical_payload_is_refused():
    """Bytes hashed as they are must still be the canonical op: a crafted line is not."""
    op = _op()
    text = _line(op).decode().removesuffix("\n")
    loose = text.replace('"amount_fen":120000', '"amount_fen": 120000')
    start = loose.index('"op_hash":')
    body = loose[:start] + loose[start + len('"op_hash":"",') + 64 :]
    crafted = loose.replace(op.op_hash, hashlib.sha256(body.encode()).hexdigest())
    with pytest.raises(BundleRejected):
        op_from_line(crafted.encode(), "x")


@pytest.mark.parametrize("line", [b"", b"not json", b"[1, 2]", b"\xff\xfe{}", b'{"seq": 1}'])
def test_lines_that_are_not_ops_are_refused(line):
    with pytest.raises(BundleRejected):
        op_from_line(line, "x")


@pytest.mark.parametrize(
    "payload",
    [
        {"name": "张三", "amount_fen": 120000, "note": ""},
        {"text": 'quote" back\\slash\nnew\ttab\x01 \u2028', "none": None, "yes": True},
        {"float": 1e16, "neg": -0.0, "half": 0.5, "big": 2**70},
        {"nested": {"z": [1, {"b": 2, "a": []}], "a": {}}},
    ],
)
def test_a_payload_is_checked_against_the_canonical_encoding(payload):
    op = _op(payload=payload)
    line = _line(op)
    # the fast path checks the payload text with its own encoder: it must agree exactly
    values = _fast(line)
    assert values is not None
    _same(Op(*values), op)
    loose = line.replace(b'"payload":{', b'"payload":{ ', 1)  # still JSON, not canonical
    assert _fast(loose) is None
