"""The projection: how each kind of op changes the tables people see.

Every handler is written so that the tables are a function of the *set* of ops: rows are
keyed by entity ids minted at the origin desk, inserts ignore rows already present, and field
edits keep, per field, the value of the op with the greatest order key.

So ops that arrive late by sync (older than ones already applied) are applied on top, without
replaying everything, except in two cases the projector reports in ``strict`` mode by raising
``NeedsReplay``: an op that changes a row that is not there (its creation has not arrived), and
an op whose effect depends on order (an event edit; a second void of the same row).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, text, update
from sqlalchemy.dialects.sqlite import insert

from ...domain.hlc import Hlc
from ...domain.limits import NAME_SUFFIX_CHARS
from ...domain.model import ATTENDEE_FIELDS
from ...domain.names import clean_name, name_pinyin, normalize_phone, phone_last4
from ...domain.ops import Op, canonical_json
from . import tables as t
from .bulk import insert_many, insert_tuples

Handler = Callable[[Connection, Op, "Projector"], None]
RowBuilder = Callable[[Connection, Op, "Projector"], tuple[Any, ...]]
HANDLERS: dict[str, Handler] = {}
# Kinds whose whole effect is one new row: a run of them is written with one executemany.
ROW_KINDS: dict[str, tuple[Any, tuple[str, ...], RowBuilder]] = {}
# What Projector.stamp_values gives, at the end of every row a RowBuilder builds
STAMP_COLUMNS = ("hlc", "at_ms", "desk_code", "operator")


def inserts_row(kind: str, table: Any, *columns: str) -> Callable[[RowBuilder], RowBuilder]:
    """Register ``build(conn, op, projector)`` as the whole effect of ``kind``: one row, the
    values of ``columns`` and then of ``STAMP_COLUMNS`` (a tuple: a sync merge builds tens of
    thousands, and a dict per row cost more than SQLite's insert of it)."""
    names = (*columns, *STAMP_COLUMNS)

    def register(build: RowBuilder) -> RowBuilder:
        ROW_KINDS[kind] = (table, names, build)
        HANDLERS[kind] = lambda conn, op, p: _insert_ignore(
            conn, table, dict(zip(names, build(conn, op, p), strict=True))
        )
        return build

    return register


def handles(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn

    return register


class NeedsReplay(Exception):
    """In strict mode: this op cannot be applied on top; replay all ops in order instead."""


class Projector:
    """Applies ops to the projection tables of one connection.

    ``strict``: ops are being applied on top of newer ones (a late sync); anything that needs
    the total order raises ``NeedsReplay``. Otherwise an op whose target row is missing is
    counted in ``dangling`` (it takes effect at the next replay, once its target is here).
    """

    def __init__(self, *, strict: bool = False) -> None:
        self._desk_codes: dict[str, str] = {}
        self.strict = strict
        self.dangling = 0

    def missing(self, op: Op) -> None:
        """``op`` changes a row that is not here (yet)."""
        if self.strict:
            raise NeedsReplay(f"{op.kind} {op.entity}: its row is not here")
        self.dangling += 1

    def order_matters(self, op: Op) -> None:
        if self.strict:
            raise NeedsReplay(f"{op.kind} {op.entity}: its effect depends on order")

    def desk_code(self, conn: Connection, desk_id: str) -> str:
        code = self._desk_codes.get(desk_id)
        if code is None:
            code = conn.execute(select(t.desks.c.code).where(t.desks.c.id == desk_id)).scalar()
            code = code or desk_id[:4]
            self._desk_codes[desk_id] = code
        return code

    def apply(self, conn: Connection, op: Op) -> None:
        handler = HANDLERS.get(op.kind)
        if handler is None:
            raise ValueError(f"unknown op kind {op.kind!r}")
        handler(conn, op, self)

    def apply_all(self, conn: Connection, ops: Iterable[Op]) -> None:
        """Apply in order; a run of one row-inserting kind is one executemany (imports, sync)."""
        run: list[Op] = []
        for op in ops:
            batchable = op.kind == "attendee.create" or op.kind in ROW_KINDS
            if run and (not batchable or op.kind != run[0].kind or len(run) >= 2000):
                self._apply_run(conn, run)
                run = []
            if batchable:
                run.append(op)
            else:
                self.apply(conn, op)
        if run:
            self._apply_run(conn, run)

    def _apply_run(self, conn: Connection, run: list[Op]) -> None:
        if run[0].kind == "attendee.create":
            _attendee_create_many(conn, run)
            return
        table, columns, build = ROW_KINDS[run[0].kind]
        insert_tuples(conn, table, columns, [build(conn, op, self) for op in run], ignore=True)

    def stamp(self, conn: Connection, op: Op) -> dict[str, Any]:
        """Columns every fact row carries, by name: when, at which desk, by whom."""
        return dict(zip(STAMP_COLUMNS, self.stamp_values(conn, op), strict=True))

    def stamp_values(self, conn: Connection, op: Op) -> tuple[str, int, str, str]:
        """The values of ``STAMP_COLUMNS`` for ``op``."""
        code = self._desk_codes.get(op.desk_id) or self.desk_code(conn, op.desk_id)
        return (op.hlc, Hlc.wall_ms_of(op.hlc), code, op.operator)


_IGNORING: dict[str, Any] = {}


def _ignoring(table: Any) -> Any:
    # One prebuilt statement per table, executed with parameters: building a statement with
    # .values() on every call costs more than the insert itself (demo/import speed).
    stmt = _IGNORING.get(table.name)
    if stmt is None:
        stmt = _IGNORING[table.name] = insert(table).on_conflict_do_nothing()
    return stmt


def _insert_ignore(conn: Connection, table: Any, values: dict[str, Any]) -> None:
    conn.execute(_ignoring(table), values)


def _order_key(op: Op) -> str:
    return f"{op.hlc}|{op.desk_id}|{op.seq:012d}"


# --- setup ------------------------------------------------------------------------------
@handles("event.create")
def _event_create(conn: Connection, op: Op, _p: Projector) -> None:
    p = op.payload
    _insert_ignore(
        conn,
        t.event,
        {
            "id": op.entity,
            "name": p["name"],
            "organizer": p.get("organizer", ""),
            "start_date": p.get("start_date"),
            "end_date": p.get("end_date"),
            "nights": canonical_json(p.get("nights", [])),
            "created_ms": Hlc.decode(op.hlc).wall_ms,
        },
    )


@handles("event.update")
def _event_update(conn: Connection, op: Op, p: Projector) -> None:
    p.order_matters(op)  # a plain update: the newest must come last
    values = dict(op.payload)
    if "nights" in values:
        values["nights"] = canonical_json(values["nights"])
    conn.execute(update(t.event).where(t.event.c.id == op.entity).values(**values))


@handles("desk.add")
def _desk_add(conn: Connection, op: Op, p: Projector) -> None:
    _insert_ignore(
        conn,
        t.desks,
        {
            "id": op.entity,
            "code": op.payload["code"],
            "name": op.payload.get("name", ""),
            "created_ms": Hlc.decode(op.hlc).wall_ms,
        },
    )
    p._desk_codes.pop(op.entity, None)


@handles("setting.set")
def _setting_set(conn: Connection, op: Op, _p: Projector) -> None:
    key = op.payload["key"]
    order = _order_key(op)
    value = canonical_json(op.payload["value"])
    stmt = insert(t.settings).values(key=key, value=value, order_key=order)
    stmt = stmt.on_conflict_do_update(
        index_elements=["key"],
        set_={"value": value, "order_key": order},
        where=t.settings.c.order_key < order,
    )
    conn.execute(stmt)


@handles("operator.add")
def _operator_add(conn: Connection, op: Op, _p: Projector) -> None:
    p = op.payload
    _insert_ignore(
        conn,
        t.operators,
        {"id": op.entity, "name": p["name"], "role": p["role"], "pin_hash": p.get("pin_hash", "")},
    )


@handles("operator.set_pin")
def _operator_set_pin(conn: Connection, op: Op, p: Projector) -> None:
    # last writer wins by order key, as other field edits: two desks that changed one PIN
    # offline end with the same PIN, whatever order their bundles arrive in
    order = _order_key(op)
    done = conn.execute(
        update(t.operators)
        .where(t.operators.c.id == op.entity, t.operators.c.pin_key < order)
        .values(pin_hash=op.payload["pin_hash"], pin_key=order)
    )
    if not done.rowcount and not _exists(conn, t.operators, op.entity):
        p.missing(op)


@handles("material.add")
def _material_add(conn: Connection, op: Op, _p: Projector) -> None:
    p = op.payload
    _insert_ignore(
        conn,
        t.materials,
        {
            "id": op.entity,
            "name": p["name"],
            "stock": p["stock"],
            "returnable": bool(p.get("returnable", False)),
            "sort": p.get("sort", 0),
        },
    )


@handles("material.restock")
def _material_restock(conn: Connection, op: Op, p: Projector) -> None:
    done = conn.execute(
        update(t.materials)
        .where(t.materials.c.id == op.entity)
        .values(stock=t.materials.c.stock + int(op.payload["delta"]))
    )
    if not done.rowcount:
        p.missing(op)


@handles("fee_item.add")
def _fee_item_add(conn: Connection, op: Op, _p: Projector) -> None:
    p = op.payload
    _insert_ignore(
        conn,
        t.fee_items,
        {
            "id": op.entity,
            "name": p["name"],
            "per_night": bool(p.get("per_night", False)),
            "sort": int(p.get("sort", 0)),
        },
    )
    for category_id in conn.execute(
        select(t.category_fees.c.category_id).where(t.category_fees.c.fee_item_id == op.entity)
    ).scalars():
        _recompute_fees(conn, category_id)


@handles("category.add")
def _category_add(conn: Connection, op: Op, _p: Projector) -> None:
    p = op.payload
    _insert_ignore(
        conn,
        t.categories,
        {
            "id": op.entity,
            "key": p["key"],
            "name": p["name"],
            "badge_color": p.get("badge_color", "#1f6feb"),
            "fee_fen": int(p.get("fee_fen", 0)),
            "base_fee_fen": int(p.get("fee_fen", 0)),
            "onsite_fee_fen": int(p.get("fee_fen", 0)),
            "material_ids": canonical_json(p.get("material_ids", [])),
            "material_qty": canonical_json(p.get("material_qty", {})),
            "meals": canonical_json(p.get("meals", [])),
            "sort": p.get("sort", 0),
        },
    )
    _recompute_fees(conn, op.entity)


@handles("hotel.add")
def _hotel_add(conn: Connection, op: Op, _p: Projector) -> None:
    _insert_ignore(conn, t.hotels, {"id": op.entity, "name": op.payload["name"]})


@handles("room.add")
def _room_add(conn: Connection, op: Op, _p: Projector) -> None:
    p = op.payload
    _insert_ignore(
        conn,
        t.rooms,
        {
            "id": op.entity,
            "hotel_id": p["hotel_id"],
            "number": p["number"],
            "type": p["type"],
            "beds": int(p["beds"]),
            "floor": p.get("floor", ""),
            "spare": bool(p.get("spare", False)),
            "nights": canonical_json(p.get("nights", [])),
        },
    )


# Edits of setup rows: per field, the value of the op with the greatest order key (as for
# attendees), so two desks' edits of one category converge whatever order they arrive in.
SET_FIELDS: dict[str, tuple[Any, frozenset[str]]] = {
    "event.set": (
        t.event,
        frozenset(
            {"name", "organizer", "venue", "start_date", "end_date", "nights"}
            | {"credit_project", "credit_category"}
        ),
    ),
    "category.set": (
        t.categories,
        frozenset({"key", "name", "badge_color", "material_ids", "material_qty", "meals", "sort"}),
    ),
    "fee_item.set": (t.fee_items, frozenset({"name", "per_night", "sort"})),
    "material.set": (t.materials, frozenset({"name", "returnable", "sort"})),
    "hotel.set": (t.hotels, frozenset({"name"})),
    "room.set": (
        t.rooms,
        frozenset({"hotel_id", "number", "type", "beds", "floor", "spare", "nights"}),
    ),
}
JSON_FIELDS = frozenset({"nights", "material_ids", "material_qty", "meals"})
BOOL_FIELDS = frozenset({"per_night", "returnable", "spare"})


def _set_fields(conn: Connection, op: Op, p: Projector) -> None:
    table, allowed = SET_FIELDS[op.kind]
    row = conn.execute(select(table.c.field_keys).where(table.c.id == op.entity)).first()
    if row is None:
        p.missing(op)
        return
    keys: dict[str, str] = json.loads(row.field_keys)
    order = _order_key(op)
    winners = {
        k: v for k, v in op.payload["fields"].items() if k in allowed and keys.get(k, "") < order
    }
    if not winners:
        return
    keys.update({k: order for k in winners})
    values: dict[str, Any] = {"field_keys": canonical_json(keys)}
    for key, value in winners.items():
        if key in JSON_FIELDS:
            value = canonical_json(value)
        elif key in BOOL_FIELDS:
            value = bool(value)
        elif key in ("beds", "sort"):
            value = int(value)
        values[key] = value
    conn.execute(update(table).where(table.c.id == op.entity).values(**values))
    if op.kind == "fee_item.set" and "per_night" in winners:
        for category_id in conn.execute(select(t.categories.c.id)).scalars().all():
            _recompute_fees(conn, category_id)


for _kind in SET_FIELDS:
    HANDLERS[_kind] = _set_fields


@handles("fee.set")
def _fee_set(conn: Connection, op: Op, _p: Projector) -> None:
    """What one category pays for one fee item; last writer wins per pair."""
    pl = op.payload
    order = _order_key(op)
    values = {
        "category_id": pl["category_id"],
        "fee_item_id": pl["fee_item_id"],
        "early_fen": int(pl["early_fen"]),
        "onsite_fen": int(pl.get("onsite_fen", pl["early_fen"])),
        "order_key": order,
    }
    stmt = insert(t.category_fees).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["category_id", "fee_item_id"],
        set_={k: values[k] for k in ("early_fen", "onsite_fen", "order_key")},
        where=t.category_fees.c.order_key < order,
    )
    conn.execute(stmt)
    # Prices by fee item replace the single fee a category was made with (older events).
    conn.execute(
        update(t.categories).where(t.categories.c.id == pl["category_id"]).values(base_fee_fen=0)
    )
    _recompute_fees(conn, pl["category_id"])


def _recompute_fees(conn: Connection, category_id: str) -> None:
    """A category's fee = its own (category.add) fee + its prices of the fixed fee items; a
    per-night item (住宿费) is charged by the nights a person stays, not here."""
    conn.execute(
        text(
            "UPDATE categories SET "
            "fee_fen = base_fee_fen + coalesce((SELECT sum(f.early_fen) FROM category_fees f "
            "JOIN fee_items i ON i.id = f.fee_item_id "
            "WHERE f.category_id = categories.id AND NOT i.per_night), 0), "
            "onsite_fee_fen = base_fee_fen + coalesce((SELECT sum(f.onsite_fen) "
            "FROM category_fees f JOIN fee_items i ON i.id = f.fee_item_id "
            "WHERE f.category_id = categories.id AND NOT i.per_night), 0) "
            "WHERE id = :id"
        ),
        {"id": category_id},
    )


# --- attendees --------------------------------------------------------------------------
def attendee_columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Columns derived from the fields of an attendee op (pinyin, phone tail…)."""
    cols: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in ATTENDEE_FIELDS:
            continue
        if key in ("needs_room", "wants_credits"):
            value = bool(value)
        elif value is None and key not in ("category_id", "arrival", "departure"):
            value = ""
        cols[key] = value
    if "name" in cols:
        cols["name"] = clean_name(cols["name"])
        cols["pinyin"], cols["initials"] = name_pinyin(cols["name"])
    if "phone" in cols:
        cols["phone"] = normalize_phone(cols["phone"])
        cols["phone_last4"] = phone_last4(cols["phone"])
    return cols


def name_suffixes(name: str) -> list[str]:
    # each cut to NAME_SUFFIX_CHARS: linear in the name's length (search.py reads them so)
    return [name[i : i + NAME_SUFFIX_CHARS] for i in range(len(name))] if name else []


_FORGET_SUFFIXES = delete(t.name_suffixes).where(
    t.name_suffixes.c.attendee_id == bindparam("attendee_id")
)


def index_attendee(
    conn: Connection, attendee_id: str, cols: dict[str, Any], *, new: bool = False
) -> None:
    """Keep the search helper tables in step with a created or edited attendee."""
    if "name" in cols:
        if not new:
            conn.execute(_FORGET_SUFFIXES, {"attendee_id": attendee_id})
        terms = name_suffixes(cols["name"])
        if terms:
            conn.execute(
                _ignoring(t.name_suffixes),
                [{"term": term, "attendee_id": attendee_id} for term in terms],
            )
    if cols.get("unit"):
        conn.execute(_ignoring(t.unit_names), {"name": cols["unit"]})


def _created_row(op: Op) -> dict[str, Any]:
    fields = op.payload["fields"]
    cols = attendee_columns(fields)
    order = _order_key(op)
    cols.update(
        id=op.entity,
        code=op.payload["code"],
        source=op.payload.get("source", "preregistered"),
        created_ms=Hlc.decode(op.hlc).wall_ms,
        created_desk=op.desk_id,
        field_keys=canonical_json({k: order for k in fields if k in ATTENDEE_FIELDS}),
    )
    return cols


@handles("attendee.create")
def _attendee_create(conn: Connection, op: Op, _p: Projector) -> None:
    cols = _created_row(op)
    if conn.execute(_ignoring(t.attendees), cols).rowcount:
        index_attendee(conn, op.entity, cols, new=True)


_ATTENDEE_DEFAULTS: dict[str, Any] = {
    **{f: "" for f in ATTENDEE_FIELDS},
    "needs_room": False,
    "wants_credits": False,
    "category_id": None,
    "arrival": None,
    "departure": None,
    "pinyin": "",
    "initials": "",
    "phone_last4": "",
}


def _attendee_create_many(conn: Connection, ops: list[Op]) -> None:
    """The same rows as ``_attendee_create``, one executemany per table."""
    rows = [{**_ATTENDEE_DEFAULTS, **_created_row(op)} for op in ops]
    insert_many(conn, t.attendees, rows, ignore=True)
    suffixes = [
        {"term": term, "attendee_id": row["id"]}
        for row in rows
        for term in name_suffixes(row["name"])
    ]
    insert_many(conn, t.name_suffixes, suffixes, ignore=True)
    units = [{"name": u} for u in {row["unit"] for row in rows if row["unit"]}]
    insert_many(conn, t.unit_names, units, ignore=True)


@handles("attendee.update")
def _attendee_update(conn: Connection, op: Op, p: Projector) -> None:
    row = conn.execute(
        select(t.attendees.c.field_keys).where(t.attendees.c.id == op.entity)
    ).first()
    if row is None:
        p.missing(op)
        return
    keys: dict[str, str] = json.loads(row.field_keys)
    order = _order_key(op)
    winners = {k: v for k, v in op.payload["fields"].items() if keys.get(k, "") < order}
    if not winners:
        return
    cols = attendee_columns(winners)
    keys.update({k: order for k in winners})
    cols["field_keys"] = canonical_json(keys)
    conn.execute(update(t.attendees).where(t.attendees.c.id == op.entity).values(**cols))
    index_attendee(conn, op.entity, cols)


# --- facts at the desk ------------------------------------------------------------------
@inserts_row("checkin", t.checkins, "id", "attendee_id", "desk_id")
def _checkin(conn: Connection, op: Op, p: Projector) -> tuple[Any, ...]:
    return (op.entity, op.payload["attendee_id"], op.desk_id, *p.stamp_values(conn, op))


def _void(conn: Connection, op: Op, p: Projector, table: Any, target: str) -> None:
    """Mark the row voided; of two voids of one row, the reason of the later one is kept."""
    row = conn.execute(select(table.c.voided).where(table.c.id == target)).first()
    if row is None:
        p.missing(op)
        return
    if row.voided:
        p.order_matters(op)
    conn.execute(
        update(table)
        .where(table.c.id == target)
        .values(voided=True, void_reason=op.payload.get("reason", ""))
    )


def _exists(conn: Connection, table: Any, row_id: str) -> bool:
    return conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


@handles("checkin.void")
def _checkin_void(conn: Connection, op: Op, p: Projector) -> None:
    _void(conn, op, p, t.checkins, op.payload["checkin_id"])


# payments, refunds, voids and shifts: projector_fees.py


_HANDOUT_COLUMNS = ("id", "attendee_id", "material_id", "qty")


def _handout_row(conn: Connection, op: Op, p: Projector, sign: int) -> tuple[Any, ...]:
    pl = op.payload
    qty = sign * int(pl.get("qty", 1))
    return (op.entity, pl["attendee_id"], pl["material_id"], qty, *p.stamp_values(conn, op))


@inserts_row("handout", t.handouts, *_HANDOUT_COLUMNS)
def _handout(conn: Connection, op: Op, p: Projector) -> tuple[Any, ...]:
    return _handout_row(conn, op, p, 1)


@inserts_row("handout.return", t.handouts, *_HANDOUT_COLUMNS)
def _handout_return(conn: Connection, op: Op, p: Projector) -> tuple[Any, ...]:
    return _handout_row(conn, op, p, -1)


@handles("room.assign")
def _room_assign(conn: Connection, op: Op, p: Projector) -> None:
    pl = op.payload
    row = {
        "id": op.entity,
        "room_id": pl["room_id"],
        "attendee_id": pl["attendee_id"],
        "nights": canonical_json(pl["nights"]),
        **p.stamp(conn, op),
    }
    if conn.execute(_ignoring(t.room_assignments), row).rowcount:
        insert_tuples(
            conn,
            t.room_nights,
            ("assignment_id", "room_id", "attendee_id", "night"),
            [(op.entity, pl["room_id"], pl["attendee_id"], night) for night in pl["nights"]],
            ignore=False,
        )


@handles("room.release")
def _room_release(conn: Connection, op: Op, p: Projector) -> None:
    assignment_id = op.payload["assignment_id"]
    done = conn.execute(
        update(t.room_assignments)
        .where(t.room_assignments.c.id == assignment_id)
        .values(released=True)
    )
    if not done.rowcount:
        p.missing(op)
    conn.execute(delete(t.room_nights).where(t.room_nights.c.assignment_id == assignment_id))


@inserts_row("badge.print", t.badge_prints, "id", "attendee_id", "version", "reason")
def _badge_print(conn: Connection, op: Op, p: Projector) -> tuple[Any, ...]:
    pl = op.payload
    version, reason = int(pl["version"]), pl.get("reason", "")
    return (op.entity, pl["attendee_id"], version, reason, *p.stamp_values(conn, op))


@handles("conflict.ack")
def _conflict_ack(conn: Connection, op: Op, _p: Projector) -> None:
    stmt = insert(t.conflict_acks).values(
        conflict_id=op.payload["conflict_id"],
        decision=op.payload.get("decision", "ack"),
        hlc=op.hlc,
        operator=op.operator,
        supervisor=op.supervisor or "",
    )
    # an acknowledgement with a supervisor's approval counts whatever order acks arrive in
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["conflict_id"],
            set_={"supervisor": stmt.excluded.supervisor},
            where=(t.conflict_acks.c.supervisor == "") & (stmt.excluded.supervisor != ""),
        )
    )


@handles("attendee.merge")
def _attendee_merge(conn: Connection, op: Op, p: Projector) -> None:
    """The alias is shown as the person it was merged into, and as whoever that person was
    merged into in turn: every alias names its final person (the counts join one step), in
    whatever order two desks' merges arrive. Of two merges of one record into different
    people, or two that merge each into the other (two desks chose opposite survivors), the
    first by order key stands and the other changes nothing."""
    al = t.attendee_aliases.c
    alias, into = op.payload["alias_id"], op.payload["into_id"]
    final = conn.execute(select(al.attendee_id).where(al.alias_id == into)).scalar() or into
    merged = conn.execute(select(al.attendee_id, al.hlc).where(al.alias_id == alias)).first()
    if merged is not None:
        if merged.attendee_id != final:
            p.order_matters(op)  # which of the two merges came first decides
        elif merged.hlc > op.hlc:  # the same merge made at two desks: the first one's time
            conn.execute(update(t.attendee_aliases).where(al.alias_id == alias).values(hlc=op.hlc))
        return
    if final == alias:
        p.order_matters(op)  # merged the other way round before: the first by order key stands
        return
    _insert_ignore(
        conn, t.attendee_aliases, {"alias_id": alias, "attendee_id": final, "hlc": op.hlc}
    )
    conn.execute(
        update(t.attendee_aliases).where(al.attendee_id == alias).values(attendee_id=final)
    )


def rebuild(conn: Connection, projector: Projector | None = None) -> int:
    """Empty every projection table and apply all ops again in total order."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    for name in reversed(t.PROJECTION_TABLES):
        conn.execute(text(f'DELETE FROM "{name}"'))
    projector = projector or Projector()
    count = 0
    rows = conn.execute(select(t.ops).order_by(t.ops.c.hlc, t.ops.c.desk_id, t.ops.c.seq))
    ops = [op_from_row(row) for row in rows.mappings().all()]
    projector.apply_all(conn, ops)
    count = len(ops)
    return count


def op_from_row(row: Any) -> Op:
    return Op(
        desk_id=row["desk_id"],
        seq=row["seq"],
        hlc=row["hlc"],
        kind=row["kind"],
        entity=row["entity"],
        operator=row["operator"],
        supervisor=row["supervisor"],
        payload=json.loads(row["payload"]),
        prev_hash=row["prev_hash"],
        op_hash=row["op_hash"],
        sig=row.get("sig") or "",
    )


# the feature modules' handlers register themselves with ``handles`` / ``inserts_row``
from . import projector_doors, projector_fees, trust  # noqa: E402, F401
