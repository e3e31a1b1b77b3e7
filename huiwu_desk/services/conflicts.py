"""Conflicts between desks that cost money or a bed, shown to a person (shared/sync.md).

Detection is a function of the projection, so every desk holding the same ops sees the same
conflicts with the same ids. Resolutions are ops and sync like everything else: a refund
(supervisor) ends a double payment, a room move ends an overbooking, a merge or "keep both"
ends a duplicate person, an acknowledgement ends a repeated check-in.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple, Protocol

from ..domain.errors import InvalidField, UnknownCode
from ..domain.model import ConflictKind, DeskContext
from ..domain.money import yuan_number
from .changes import Changes
from .ports import UnitOfWork


class Fact(NamedTuple):
    """One row a rule looks at: an id, the person, the group it belongs to, who/when.

    A named tuple, not a frozen dataclass: a merge can bring tens of thousands of payments
    to look at, and a tuple is made several times faster.
    """

    id: str
    attendee_id: str
    group: str
    order: str  # HLC (or creation time): the first one keeps the bed
    desk_code: str
    operator: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ConflictRow:
    id: str
    kind: str
    attendee_id: str | None
    detail: dict[str, Any]
    resolved: bool = False


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    kind: str
    attendee_code: str
    detail: dict[str, Any]
    summary: str


class ConflictRepo(Protocol):
    def double_payments(self) -> list[tuple[str, str, list[str]]]: ...
    def payment_facts(self, ids: set[str]) -> dict[str, Fact]: ...
    def crowded_nights(self) -> list[Fact]: ...
    def double_beds(self) -> list[Fact]: ...
    def people_sharing(self, column: str) -> list[Fact]: ...
    def repeated_checkins(self) -> list[Fact]: ...
    def concurrent_edits(self) -> list[Fact]: ...
    def acknowledged(self) -> dict[str, str]: ...
    def approved_acks(self) -> set[str]: ...  # acknowledged with a supervisor's approval
    def payment_states(self) -> list[Fact]: ...
    def replace(self, rows: list[ConflictRow]) -> None: ...
    def listing(self, include_resolved: bool = False) -> list[tuple[ConflictRow, str]]: ...


def conflict_id(kind: str, facts: Iterable[str]) -> str:
    return hashlib.sha256("|".join([kind, *sorted(facts)]).encode()).hexdigest()[:20]


def _groups(facts: list[Fact]) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.group if fact.group else fact.attendee_id].append(fact)
    return grouped


def _who(f: Fact) -> dict[str, Any]:
    return {"desk": f.desk_code, "operator": f.operator, "order": f.order, **f.data}


def detect(repo: ConflictRepo) -> list[ConflictRow]:
    acks = repo.acknowledged()
    rows: list[ConflictRow] = []
    # Only which payments: their facts are read when shown (with_facts), so a merge that
    # brings tens of thousands of payments does not format and store every one of them.
    for attendee, item, ids in sorted(repo.double_payments()):
        cid = conflict_id(ConflictKind.DOUBLE_PAYMENT, ids)
        detail: dict[str, Any] = {"fee_item_id": item, "payment_ids": sorted(ids)}
        rows.append(ConflictRow(cid, ConflictKind.DOUBLE_PAYMENT, attendee, detail, cid in acks))
    by_room: dict[str, list[Fact]] = defaultdict(list)
    for fact in repo.crowded_nights():
        by_room[fact.data["room_id"]].append(fact)  # by id: two hotels may both have a 301
    for _room_id, facts in sorted(by_room.items()):
        room = facts[0].data["room"]
        beds = facts[0].data["beds"]
        per_night: dict[str, list[Fact]] = defaultdict(list)
        for f in facts:
            per_night[f.data["night"]].append(f)
        # deterministic provisional holders: the first assignments (by order key) keep the beds
        movers: dict[str, Fact] = {}
        for night_facts in per_night.values():
            night_facts.sort(key=lambda f: (f.order, f.id))
            for f in night_facts[beds:]:
                movers[f.id] = f
        first_mover = min(movers.values(), key=lambda f: (f.order, f.id))
        cid = conflict_id(ConflictKind.ROOM_OVERBOOKED, {f.id for f in facts})
        detail = {
            "room": room,
            "beds": beds,
            "nights": sorted(per_night),
            "assignments": [_who(f) | {"attendee_id": f.attendee_id} for f in _unique(facts)],
            "to_move": sorted({f.attendee_id for f in movers.values()}),
        }
        detail |= {"hotel": facts[0].data["hotel"], "room_id": facts[0].data["room_id"]}
        rows.append(ConflictRow(cid, ConflictKind.ROOM_OVERBOOKED, first_mover.attendee_id, detail))
    rows += _double_beds(repo.double_beds())
    for column in ("phone", "id_number"):
        for _value, facts in sorted(_groups(repo.people_sharing(column)).items()):
            cid = conflict_id(ConflictKind.DUPLICATE_PERSON, (f.attendee_id for f in facts))
            later = max(facts, key=lambda f: (f.order, f.id))
            detail = {"field": column, "people": [f.data for f in facts]}
            rows.append(
                ConflictRow(
                    cid, ConflictKind.DUPLICATE_PERSON, later.attendee_id, detail, cid in acks
                )
            )
    for attendee, facts in sorted(_groups(repo.repeated_checkins()).items()):
        cid = conflict_id(ConflictKind.DUPLICATE_CHECKIN, (f.id for f in facts))
        detail = {"checkins": [_who(f) for f in facts]}
        rows.append(ConflictRow(cid, ConflictKind.DUPLICATE_CHECKIN, attendee, detail, cid in acks))
    for _group, facts in sorted(_groups(repo.concurrent_edits()).items()):
        cid = conflict_id(ConflictKind.CONCURRENT_EDIT, (f.id for f in facts))
        facts.sort(key=lambda f: (f.order, f.id))
        detail = {
            "field": facts[0].data["field"],
            "values": [_who(f) for f in facts],
            "shown": facts[-1].data["value"],  # last writer wins until a person decides
        }
        rows.append(
            ConflictRow(
                cid, ConflictKind.CONCURRENT_EDIT, facts[0].attendee_id, detail, cid in acks
            )
        )
    rows += _payment_states(repo.payment_states(), repo.approved_acks())
    unique: dict[str, ConflictRow] = {r.id: r for r in rows}  # the same pair by phone and by ID
    return list(unique.values())


def _double_beds(facts: list[Fact]) -> list[ConflictRow]:
    """One person with two beds on a night: the first bed given (by order key) is kept, the
    later one is to be given back (a move into the kept room settles it)."""
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_person[f.attendee_id].append(f)
    rows = []
    for attendee, mine in sorted(by_person.items()):
        beds = _unique(mine)
        keep = beds[0]
        detail = {
            "nights": sorted({f.data["night"] for f in mine}),
            "assignments": [_who(f) for f in beds],
            "keep_room_id": keep.data["room_id"],
            "keep_room": keep.data["room"],
            "to_release": [f.id for f in beds[1:]],
        }
        cid = conflict_id(ConflictKind.DOUBLE_BED, (f.id for f in beds))
        rows.append(ConflictRow(cid, ConflictKind.DOUBLE_BED, attendee, detail))
    return rows


# Money conflicts: only a supervisor's acknowledgement settles one (``acknowledge``).
MONEY_KINDS = frozenset({ConflictKind.PAYMENT_STATE})


def _payment_states(facts: list[Fact], approved: set[str]) -> list[ConflictRow]:
    """A payment refunded beyond its amount, refunded and voided, or voided twice: the ops
    stand (each is a fact signed by its desk), and a person looks at the money."""
    rows = []
    for f in facts:
        cid = conflict_id(ConflictKind.PAYMENT_STATE, (f.id, f.group))
        detail = {"reason": f.group, "payment_id": f.id, **_who(f)}
        rows.append(
            ConflictRow(cid, ConflictKind.PAYMENT_STATE, f.attendee_id, detail, cid in approved)
        )
    return rows


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: dict[str, Fact] = {}
    for f in sorted(facts, key=lambda f: (f.order, f.id)):
        seen.setdefault(f.id, f)
    return list(seen.values())


def refresh(uow: UnitOfWork) -> None:
    """Recompute the conflicts table inside the caller's write transaction."""
    uow.conflicts.replace(detect(uow.conflicts))


def refresh_if_open(uow: UnitOfWork) -> None:
    """After a local refund, move or edit: a conflict it settles disappears at once."""
    if uow.conflicts.listing():
        refresh(uow)


def summary(row: ConflictRow, code: str) -> str:
    d = row.detail
    if row.kind == ConflictKind.DOUBLE_PAYMENT:
        parts = [
            f"{p['receipt_no']} {yuan_number(p['amount_fen'])}元 @{p['desk']}/{p['operator']}"
            for p in d["payments"]
        ]
        return f"{code} 重复收费：" + "；".join(parts)
    if row.kind == ConflictKind.ROOM_OVERBOOKED:
        return f"房间 {d['room']} 超员（{d['beds']} 床，{len(d['assignments'])} 人），需调整 {len(d['to_move'])} 人"
    if row.kind == ConflictKind.DOUBLE_BED:
        rooms = "、".join(f"{a['hotel']} {a['room']}（{a['desk']}）" for a in d["assignments"])
        return f"{code} 同一晚有两张床：{rooms}；保留 {d['keep_room']}，退回其余"
    if row.kind == ConflictKind.DUPLICATE_PERSON:
        names = "、".join(f"{p['name']}({p['code']})" for p in d["people"])
        return f"疑似同一人（{'手机' if d['field'] == 'phone' else '身份证'}相同）：{names}"
    if row.kind == ConflictKind.CONCURRENT_EDIT:
        values = " / ".join(f"{v['value']}（{v['desk']}）" for v in d["values"])
        return f"{code} 的“{d['field']}”被两台同时修改：{values}"
    if row.kind == ConflictKind.DUPLICATE_CHECKIN:
        times = "、".join(f"{c['desk']}/{c['operator']}" for c in d["checkins"])
        return f"{code} 重复报到：{times}"
    if row.kind == ConflictKind.PAYMENT_STATE:
        what = {
            "over_refund": "退款超过收款",
            "refund_voided": "已作废的收款又有退款",
            "double_void": "作废了两次",
        }.get(str(d.get("reason")), str(d.get("reason")))
        return (
            f"{code} 收据 {d.get('receipt_no', '')}（{yuan_number(int(d.get('amount_fen', 0)))}元，"
            f"已退 {yuan_number(int(d.get('refunded_fen', 0)))}元）：{what}，请主管核对"
        )
    return row.kind


def with_facts(repo: ConflictRepo, rows: list[ConflictRow]) -> list[ConflictRow]:
    """Rows as shown: a double payment lists its payments (desk, operator, time, receipt,
    amount still held), first taken first."""
    ids = {
        i for r in rows if r.kind == ConflictKind.DOUBLE_PAYMENT for i in r.detail["payment_ids"]
    }
    if not ids:
        return rows
    facts = repo.payment_facts(ids)
    shown = []
    for r in rows:
        if r.kind == ConflictKind.DOUBLE_PAYMENT:
            found = sorted(
                (facts[i] for i in r.detail["payment_ids"] if i in facts),
                key=lambda f: (f.order, f.data["desk_id"], f.id),  # the same on every desk
            )
            r = replace(r, detail={**r.detail, "payments": [_who(f) for f in found]})
        shown.append(r)
    return shown


def open_ids(uow: UnitOfWork) -> dict[str, str]:
    """Open conflicts as id → kind, without their facts (before and after a sync)."""
    with uow.reading():
        return {r.id: r.kind for r, _code in uow.conflicts.listing()}


def open_conflicts(uow: UnitOfWork, include_resolved: bool = False) -> list[ConflictView]:
    with uow.reading():
        found = uow.conflicts.listing(include_resolved)
        rows = with_facts(uow.conflicts, [r for r, _code in found])
    return [
        ConflictView(r.id, r.kind, code, r.detail, summary(r, code))
        for r, (_r, code) in zip(rows, found, strict=True)
    ]


def acknowledge(uow: UnitOfWork, ctx: DeskContext, cid: str, decision: str = "ack") -> Changes:
    """Close a repeated check-in or keep two persons apart ("keep_both"); the op syncs. A
    money conflict is closed only with a supervisor's approval (their PIN)."""
    from .operators import approving_supervisor

    with uow.writing():
        known = {r.id: r for r, _ in uow.conflicts.listing(include_resolved=True)}
        if cid not in known:
            raise InvalidField(field="冲突", reason=cid)
        kind = known[cid].kind
        supervisor = approving_supervisor(uow, ctx) if kind in MONEY_KINDS else None
        payload = {"conflict_id": cid, "decision": decision}
        if supervisor:
            payload["kind"] = kind
        uow.log.append(ctx, "conflict.ack", cid, payload, supervisor=supervisor)
        refresh(uow)
    return Changes(everything=True)


def keep_edit(uow: UnitOfWork, ctx: DeskContext, cid: str, value: Any) -> Changes:
    """One click keeps one of two concurrent values: it is written again and the conflict closes."""
    from .attendees import update_attendee

    with uow.writing():
        found = {r.id: (r, code) for r, code in uow.conflicts.listing(include_resolved=True)}
        if cid not in found or found[cid][0].kind != ConflictKind.CONCURRENT_EDIT:
            raise InvalidField(field="冲突", reason=cid)
        row, code = found[cid]
        field_name = row.detail["field"]
        if value not in [v["value"] for v in row.detail["values"]]:
            raise InvalidField(field=field_name, reason=str(value))
        uow.log.append(ctx, "conflict.ack", cid, {"conflict_id": cid, "decision": "keep"})
        current = uow.attendees.by_code(code)
        if current is not None and getattr(current, field_name, None) != value:
            update_attendee(uow, ctx, code, {field_name: value})
        refresh(uow)
    return Changes(everything=True)


def merge_people(uow: UnitOfWork, ctx: DeskContext, keep_code: str, alias_code: str) -> Changes:
    """Two records are one person: the alias is hidden behind the kept record (never automatic)."""
    with uow.writing():
        keep = uow.attendees.by_code(keep_code)
        alias = uow.attendees.by_code(alias_code)
        if keep is None:
            raise UnknownCode(code=keep_code)
        if alias is None:
            raise UnknownCode(code=alias_code)
        if keep.id == alias.id:
            raise InvalidField(field="合并", reason="同一个人")
        uow.log.append(
            ctx, "attendee.merge", uow.new_id(), {"alias_id": alias.id, "into_id": keep.id}
        )
        refresh(uow)
    return Changes(everything=True, attendees={keep.id, alias.id})
