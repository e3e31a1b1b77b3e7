"""The local rules every op from another desk is held to before it is applied.

A desk's services only write ops that keep these rules; an op that arrives by sync is held
to them too (``refusal``), because the sync passphrase is shared by the whole team and a
copy of an event file holds the derived key: a bundle that decrypts is not thereby true.
What is checked here needs no state: a schema per kind (required fields, their types and
ranges), amounts (integer fen, above zero where money moves, within ``MAX_FEN``), text
without control characters and of bounded length, and the kinds only a supervisor may
approve naming one. What needs the event's state is checked elsewhere: that the named
supervisor is one (sync_store, at the end of the import: a monotone rule), and what only
a person can judge (a refund above what is left) becomes a conflict (services/conflicts).

``refusal`` returns the reason (zh, en) or None. Unknown kinds are refused: a newer
program's op is not guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .model import ATTENDEE_FIELDS, PaymentMethod, Role
from .money import MAX_YUAN
from .text import clean_text

MAX_FEN = MAX_YUAN * 100  # one amount at the desk: the event's limit (domain/money.py)
MAX_TOTAL_FEN = 10**15  # a shift's sums: many payments, still integers of sane size
MAX_TEXT = 2_000  # characters in one string of an op (names, notes, addresses, templates)
MAX_ID = 100  # ids and codes
MAX_DEPTH = 6
MAX_ITEMS = 5_000  # in one list or mapping of a payload
MAX_PAYLOAD = 256 * 1024  # characters of one op's payload as JSON
MAX_COUNT = 10_000_000  # stock, quantities, beds, sort keys


def _clean(value: str) -> bool:
    """Text as every entry of this program leaves it (domain/text.py): no C0, DEL or C1
    control character, no lone surrogate; a line break only as the one ``\n`` of a note."""
    return value.isprintable() or clean_text(value, multiline=True) == value


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEX64 = re.compile(r"[0-9a-f]{64}")

# Kinds a service writes only with ``approving_supervisor``; an import refuses one that
# names nobody (and, at the end of the import, one that names someone who is no supervisor).
SUPERVISOR_KINDS = frozenset({"payment.refund", "payment.void", "checkin.void", "desk.revoke"})

Reason = tuple[str, str]  # (zh, en)
Check = Callable[[Any], bool]


def _text(limit: int = MAX_TEXT, *, empty: bool = True) -> Check:
    return lambda v: isinstance(v, str) and len(v) <= limit and (empty or bool(v.strip()))


def _int(lo: int, hi: int) -> Check:
    return lambda v: type(v) is int and lo <= v <= hi


def _bool(v: Any) -> bool:
    return type(v) is bool


def _date(v: Any) -> bool:
    return isinstance(v, str) and bool(_DATE.fullmatch(v))


def _date_or_none(v: Any) -> bool:
    return v is None or _date(v)


def _dates(v: Any) -> bool:
    return isinstance(v, list) and all(_date(n) for n in v)


def _list_of(check: Check) -> Check:
    return lambda v: isinstance(v, list) and all(check(x) for x in v)


def _fen_map(lo: int) -> Check:
    return lambda v: (
        isinstance(v, dict) and all(type(x) is int and lo <= x <= MAX_TOTAL_FEN for x in v.values())
    )


def _one_of(*values: str) -> Check:
    allowed = frozenset(values)
    return lambda v: isinstance(v, str) and v in allowed


def _dict(v: Any) -> bool:
    return isinstance(v, dict)


def _any(_v: Any) -> bool:
    return True


ID = _text(MAX_ID, empty=False)
TEXT = _text()
NAME = _text(200, empty=False)
FEN = _int(1, MAX_FEN)  # money that moves: a whole number of fen above zero
PRICE = _int(0, MAX_FEN)  # a price or a float may be zero
COUNT = _int(0, MAX_COUNT)
SORT = _int(-MAX_COUNT, MAX_COUNT)
METHOD = _one_of(*(m.value for m in PaymentMethod))
ROLE = _one_of(*(r.value for r in Role))
PIN_HASH = _text(512)
POINT_KINDS = ("session", "meal", "material", "credit")
SCAN_REASONS = (
    "unknown",
    "not_allowed",
    "already_used",
    "superseded_badge",
    "outside_time",
    "not_checked_in",
)
_MINUTE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
POINT_FIELDS: dict[str, Check] = {
    "name": NAME,
    "kind": _one_of(*POINT_KINDS),
    "categories": _list_of(_text(MAX_ID)),
    "start": lambda v: v is None or (isinstance(v, str) and bool(_MINUTE.fullmatch(v))),
    "end": lambda v: v is None or (isinstance(v, str) and bool(_MINUTE.fullmatch(v))),
    "tolerance_min": _int(0, 24 * 60),
    "credits_x10": lambda v: v is None or _int(0, 10_000)(v),  # None: from the hours again
    "once": _bool,
    "once_per_day": _bool,
    "sort": SORT,
}

# kind → (required fields, optional fields); a field not named is allowed only as text
# without control characters (an older or newer payment's extra invoice field, say).
SCHEMAS: dict[str, tuple[dict[str, Check], dict[str, Check]]] = {
    "desk.add": (
        {"code": _text(12, empty=False)},
        {"name": TEXT, "public_key": lambda v: isinstance(v, str) and bool(_HEX64.fullmatch(v))}
        | {"via": _text(20)},
    ),
    "desk.key": (
        {"public_key": lambda v: isinstance(v, str) and bool(_HEX64.fullmatch(v))},
        {"admitted_by": TEXT, "via": _text(20), "lead": _text(MAX_ID), "code": _text(12)},
    ),
    "desk.revoke": ({"upto": _int(0, 10**12)}, {"reason": TEXT, "code": _text(12)}),
    "event.create": (
        {"name": NAME},
        {
            "organizer": TEXT,
            "start_date": _date_or_none,
            "end_date": _date_or_none,
            "nights": _dates,
        },
    ),
    "event.update": (
        {},
        {
            "name": NAME,
            "organizer": TEXT,
            "start_date": _date_or_none,
            "end_date": _date_or_none,
            "nights": _dates,
        },
    ),
    "setting.set": ({"key": _text(MAX_ID, empty=False), "value": _any}, {}),
    "operator.add": ({"name": NAME, "role": ROLE}, {"pin_hash": PIN_HASH}),
    "operator.set_pin": ({"pin_hash": PIN_HASH}, {}),
    "material.add": (
        {"name": NAME, "stock": COUNT},
        {"returnable": _bool, "sort": SORT},
    ),
    "material.restock": ({"delta": _int(-MAX_COUNT, MAX_COUNT)}, {"reason": _text(200)}),
    "fee_item.add": ({"name": NAME}, {"per_night": _bool, "sort": SORT}),
    "category.add": (
        {"key": _text(MAX_ID), "name": NAME},
        {
            "badge_color": _text(40),
            "fee_fen": PRICE,
            "material_ids": _list_of(ID),
            "material_qty": _dict,
            "meals": _list_of(TEXT),
            "sort": SORT,
        },
    ),
    "hotel.add": ({"name": NAME}, {}),
    "room.add": (
        {"hotel_id": ID, "number": _text(40, empty=False), "type": _text(20), "beds": _int(1, 100)},
        {"floor": _text(40), "spare": _bool, "nights": _dates},
    ),
    "fee.set": (
        {"category_id": ID, "fee_item_id": ID, "early_fen": PRICE},
        {"onsite_fen": PRICE},
    ),
    "attendee.create": (
        {"code": ID, "fields": _dict},
        {"source": _text(20)},
    ),
    "attendee.update": ({"fields": _dict}, {"base": _dict}),
    "attendee.merge": ({"alias_id": ID, "into_id": ID}, {}),
    "checkin": ({"attendee_id": ID}, {}),
    "checkin.void": ({"checkin_id": ID}, {"reason": TEXT}),
    "payment": (
        {
            "attendee_id": ID,
            "fee_item_id": ID,
            "amount_fen": FEN,
            "method": METHOD,
            "receipt_no": ID,
        },
        {"tendered_fen": PRICE},
    ),
    "payment.refund": (
        {"payment_id": ID, "amount_fen": FEN, "receipt_no": ID},
        {"reason": TEXT, "shift_id": _text(MAX_ID)},
    ),
    "payment.void": ({"payment_id": ID}, {"reason": TEXT, "shift_id": _text(MAX_ID)}),
    "shift.open": ({"operator": NAME}, {"float_fen": PRICE, "no": _text(40)}),
    "shift.close": (
        {"shift_id": ID},
        {
            "counted": _fen_map(0),
            "expected": _fen_map(-MAX_TOTAL_FEN),
            "variance": _fen_map(-MAX_TOTAL_FEN),
            "reason": TEXT,
            "approved_by": TEXT,
        },
    ),
    "handout": (
        {"attendee_id": ID, "material_id": ID},
        {"qty": _int(1, 1000), "proxy": _text(64)},  # 代领: who picked up for the person
    ),
    "handout.return": ({"attendee_id": ID, "material_id": ID}, {"qty": _int(1, 1000)}),
    "room.assign": ({"room_id": ID, "attendee_id": ID, "nights": _dates}, {}),
    "room.release": ({"assignment_id": ID}, {}),
    "badge.print": ({"attendee_id": ID, "version": _int(1, 10_000)}, {"reason": TEXT}),
    "conflict.ack": ({"conflict_id": ID}, {"decision": _text(40), "kind": _text(40)}),
    # doors (issue 18): scan points and scans; a refused scan is a fact too
    "point.add": ({"name": NAME, "kind": _one_of(*POINT_KINDS)}, POINT_FIELDS),
    "scan": (
        {"point_id": ID, "ok": _bool, "reason": _one_of("", *SCAN_REASONS)},
        {"attendee_id": ID, "typed": _text(200), "version": _int(1, 10_000)},
    ),
}
_SET_KINDS = ("event.set", "category.set", "fee_item.set", "material.set", "hotel.set")
for _kind in (*_SET_KINDS, "room.set", "point.set"):
    SCHEMAS[_kind] = ({"fields": _dict}, {})
# Own-desk facts: a desk announces, keys and names only itself.
SELF_KINDS = frozenset({"desk.add", "desk.key"})
# Fields of attendee ops by type; the rest are text.
_ATTENDEE_BOOL = frozenset({"needs_room", "wants_credits"})
_ATTENDEE_DATE = frozenset({"arrival", "departure"})


def _why(zh: str, en: str) -> Reason:
    return (zh, en)


def text_refusal(value: Any, depth: int = 0) -> Reason | None:
    """Control characters, overlong strings, deep or huge structures, non-integer numbers
    anywhere in a payload (keys included)."""
    if isinstance(value, str):
        if not _clean(value):
            return _why("文字中有控制字符", "text holds a control character")
        if len(value) > MAX_TEXT:
            return _why(f"文字超过 {MAX_TEXT} 个字", f"text longer than {MAX_TEXT} characters")
        return None
    if value is None or type(value) in (bool, int):
        return None
    if isinstance(value, float):
        return _why("数字不是整数", "a number is not a whole number")
    if depth >= MAX_DEPTH:
        return _why("结构嵌套过深", "nested too deeply")
    if isinstance(value, list):
        if len(value) > MAX_ITEMS:
            return _why("列表过长", "a list is too long")
        for item in value:
            if (why := text_refusal(item, depth + 1)) is not None:
                return why
        return None
    if isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            return _why("字段过多", "too many fields")
        for key, item in value.items():
            if (why := text_refusal(key, depth + 1) or text_refusal(item, depth + 1)) is not None:
                return why
        return None
    return _why("无法识别的数据", "unreadable data")


# In canonical JSON (ensure_ascii off) a C0 character is an escape, C1 and DEL are raw, a lone
# surrogate an escape; only ``\n`` of all escapes may stand (a note's line break). An odd
# run of backslashes before the escape letter makes it one.
_JSON_CONTROL = re.compile(
    r"(?<!\\)(?:\\\\)*\\(?:[bfrt]|u00[01][0-9a-fA-F]|u007[fF]|u00[89][0-9a-fA-F]"
    r"|u[dD][89a-fA-F][0-9a-fA-F]{2}|u[fF]{3}[eEfF])"
    "|[\x7f-\x9f\ufffe\uffff]"
)


def _json_refusal(payload_json: str) -> Reason | None:
    """``text_refusal`` of a payload from its canonical JSON, in one scan: what a merge of
    tens of thousands of ops can afford (a payload longer than any one string may be is
    still walked, for each string's length)."""
    if len(payload_json) > MAX_PAYLOAD:
        return _why("操作内容过大", "the operation is too large")
    if payload_json.isprintable() and "\\" not in payload_json:
        return None  # no escape at all, no raw control character: the usual payload
    if _JSON_CONTROL.search(payload_json):
        return _why("文字中有控制字符", "text holds a control character")
    return None


def _fields_refusal(kind: str, fields: Mapping[str, Any]) -> Reason | None:
    for key, value in fields.items():
        if kind.startswith("attendee."):
            if key in _ATTENDEE_BOOL:
                ok = _bool(value)
            elif key in _ATTENDEE_DATE:
                ok = _date_or_none(value)
            elif key == "category_id":
                ok = value is None or ID(value)
            elif key in ATTENDEE_FIELDS:
                ok = value is None or (isinstance(value, str) and len(value) <= MAX_TEXT)
            else:
                ok = True
            if key == "name" and value is not None and not NAME(value):
                ok = False
        elif key == "beds":
            ok = _int(1, 100)(value)
        elif key == "sort":
            ok = SORT(value)
        elif key in ("per_night", "returnable", "spare"):
            ok = _bool(value)
        elif kind == "point.set" and key in POINT_FIELDS:
            ok = POINT_FIELDS[key](value)
        elif key in ("nights", "start_date", "end_date"):
            ok = _dates(value) if key == "nights" else _date_or_none(value)
        else:
            ok = True
        if not ok:
            return _why(f"字段“{key}”的值不对", f"the field “{key}” has a wrong value")
    return None


def refusal(
    desk_id: str,
    kind: str,
    entity: str,
    operator: str,
    supervisor: str | None,
    payload: Mapping[str, Any],
    payload_json: str = "",
) -> Reason | None:
    """Why the op may not be applied here, or None when it keeps the local rules.
    ``payload_json``: the payload's canonical JSON, when known (a faster text check)."""
    schema = SCHEMAS.get(kind)
    if schema is None:
        return _why(
            f"未知的操作类型“{kind[:40]}”（请把所有报到台升级到同一版本）",
            f"unknown kind of operation “{kind[:40]}” (upgrade every desk to the same version)",
        )
    for value, limit in ((entity, MAX_ID * 2), (operator, 200), (supervisor or "", 200)):
        if not isinstance(value, str) or len(value) > limit or not value.isprintable():
            return _why("操作人或对象名称不对", "a wrong operator or entity name")
    if payload_json and len(payload_json) <= MAX_TEXT:
        why = _json_refusal(payload_json)
    else:
        why = text_refusal(dict(payload))
    if why is not None:
        return why
    required, optional = schema
    for key, check in required.items():
        if key not in payload:
            return _why(f"缺少字段“{key}”", f"the field “{key}” is missing")
        if not check(payload[key]):
            return _field_reason(key)
    for key, check in optional.items():
        if key in payload and not check(payload[key]):
            return _field_reason(key)
    fields = payload.get("fields")
    if isinstance(fields, dict) and (why := _fields_refusal(kind, fields)) is not None:
        return why
    if kind in SUPERVISOR_KINDS and not (supervisor or "").strip():
        return _why("需要主管批准，但没有主管", "needs a supervisor's approval and names none")
    if kind in SELF_KINDS and entity != desk_id:
        return _why("以其他报到台的名义登记", "speaks for another desk")
    return None


def _field_reason(key: str) -> Reason:
    if key == "amount_fen":
        return _why(
            f"金额必须是大于 0、不超过 {MAX_YUAN:,} 元的整数分",
            f"the amount must be whole fen above 0 and within {MAX_YUAN:,} yuan",
        )
    if key in ("amount_fen", "tendered_fen", "fee_fen", "early_fen", "onsite_fen", "float_fen"):
        return _why(
            f"金额“{key}”必须是 0 到 {MAX_YUAN:,} 元之间的整数分",
            f"the amount “{key}” must be whole fen within 0–{MAX_YUAN:,} yuan",
        )
    return _why(f"字段“{key}”的值不对", f"the field “{key}” has a wrong value")
