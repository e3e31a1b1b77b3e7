"""`room list|assign|grid|autoassign|stay|move|release|swap` (shared/cli.md): beds night by night."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..domain.errors import InvalidField
from ..domain.model import room_type_zh
from ..domain.room_pairing import why_text
from ..services import queries, rooms
from ..services.rooms import slips
from ..services.rooms.grid import room_grid
from ..services.rooms.pairing import PairingOptions, autoassign
from .commands import _ctx, _open, _person
from .output import emit
from .print_commands import say_unprinted, send_queued


def _date(value: str, label: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidField(field=label, reason=f"“{value}”不是日期（例如 2026-12-03）") from None


def _where(store: Any, code: str) -> list[dict[str, Any]]:
    """The person's beds now: room, hotel and nights per assignment."""
    person = _person(store, code)
    with store.uow.reading():
        hotels = store.uow.rooms.hotel_names()
        out = []
        for a in sorted(store.uow.rooms.active_for(person.id), key=lambda a: min(a.nights)):
            room = store.uow.rooms.by_id(a.room_id)
            out.append(
                {
                    "room": room.number if room else "?",
                    "hotel": hotels.get(room.hotel_id, "") if room else "",
                    "nights": [n.isoformat() for n in sorted(a.nights)],
                }
            )
    return out


def _beds_text(beds: list[dict[str, Any]]) -> str:
    if not beds:
        return "没有床位"
    return "；".join(f"{b['hotel']} {b['room']}（{len(b['nights'])} 晚）" for b in beds)


def cmd_room_list(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        listed = queries.room_list(store.uow)
    data = [
        {
            "number": r.number,
            "type": r.type,
            "beds": r.beds,
            "hotel": r.hotel,
            "occupants": [code for code, _ in r.occupants],
            "occupant_names": [name for _, name in r.occupants],
            "free": max(r.beds - len(r.occupants), 0),
        }
        for r in listed
    ]
    lines = [
        f"{r.hotel}\t{r.number}\t{room_type_zh(r.type)}\t{len(r.occupants)}/{r.beds}\t"
        + "、".join(name for _, name in r.occupants)
        for r in listed
    ]
    emit(args.json, data, lines or ["本会议没有房间"])
    return 0


def cmd_room_assign(args: argparse.Namespace) -> int:
    """The bed and, when the desk has a receipt printer (or --printer), its room slip."""
    with _open(args, write=True) as store:
        queued = slips.assign_with_slip(
            store.uow, _ctx(store, args), args.code, args.room, uri=args.printer
        ).result
        printed = send_queued(store, queued.job_id)
        person = _person(store, args.code)
        beds = _where(store, args.code)
    nights = [n for b in beds for n in b["nights"]]
    data = {"code": person.code, "name": person.name, "room": args.room, "nights": nights}
    emit(args.json, data | printed, f"{person.name} 已安排入住 {args.room}（{len(nights)} 晚）")
    say_unprinted(printed, "住宿凭单")
    return 0


def cmd_room_slip(args: argparse.Namespace) -> int:
    """Print (again) the person's room slip on the receipt printer (补打 when printed before)."""
    with _open(args, write=True) as store:
        queued = slips.print_room_slip(store.uow, _ctx(store, args), args.code, uri=args.printer)
        printed = send_queued(store, queued.result.job_id)
        person = _person(store, args.code)
    doc = queued.result.value
    data = {"code": person.code, "name": person.name, "room": doc.room} | printed
    emit(args.json, data, f"{person.name} 的住宿凭单：{doc.hotel} {doc.room}")
    say_unprinted(printed, "住宿凭单")
    return 0


def cmd_room_grid(args: argparse.Namespace) -> int:
    with _open(args, write=False) as store:
        grid = room_grid(store.uow)
    data = []
    lines = ["酒店\t房号\t房型\t床位\t" + "\t".join(n.strftime("%m-%d") for n in grid.nights)]
    for r in grid.rooms:
        nights = {n.isoformat(): [s.code for s in r.cells[i]] for i, n in enumerate(grid.nights)}
        data.append(
            {
                "number": r.number,
                "hotel": r.hotel,
                "type": r.type,
                "beds": r.beds,
                "floor": r.floor,
                "spare": r.spare,
                "nights": nights,
                "free": {n.isoformat(): r.free(i, n) for i, n in enumerate(grid.nights)},
                "overbooked": [n.isoformat() for i, n in enumerate(grid.nights) if r.over(i)],
                "closed": [n.isoformat() for n in grid.nights if not r.is_open(n)],
            }
        )
        cells = [
            ("、".join(s.name for s in r.cells[i]) or ("—" if r.is_open(n) else "不可住"))
            + ("（超订）" if r.over(i) else "")
            for i, n in enumerate(grid.nights)
        ]
        spare = "（机动）" if r.spare else ""
        lines.append(
            f"{r.hotel}\t{r.number}{spare}\t{room_type_zh(r.type)}\t{r.beds}\t" + "\t".join(cells)
        )
    emit(args.json, data, lines if grid.rooms else ["本会议没有房间"])
    return 0


def cmd_room_autoassign(args: argparse.Namespace) -> int:
    options = PairingOptions(
        colleagues_together=not args.no_colleagues,
        seniors_first=not args.no_seniors_first,
        arrived_only=args.arrived_only,
        use_spare=args.use_spare,
        mixed_allowed=args.allow_mixed,
    )
    with _open(args, write=not args.dry_run) as store:
        ctx = _ctx(store, args) if not args.dry_run else None
        proposal = autoassign(store.uow, ctx, options, dry_run=args.dry_run).result  # type: ignore[arg-type]
    data = {
        "dry_run": args.dry_run,
        "assigned": [
            {
                "code": p.code,
                "name": p.name,
                "room": p.number,
                "hotel": p.hotel,
                "nights": [n.isoformat() for n in p.nights],
                "why": why_text(p.why),
            }
            for p in proposal.placements
        ],
        "unplaced": [
            {"code": x.code, "name": x.name, "reason": why_text(x.reason)} for x in proposal.left
        ],
    }
    state = "排房建议（未写入）" if args.dry_run else "已排房"
    lines = [f"{state}：{len(proposal.placements)} 人有床位，{len(proposal.left)} 人未排"]
    lines += [
        f"  {p.code} {p.name} → {p.hotel} {p.number}（{len(p.nights)} 晚，{why_text(p.why)}）"
        for p in proposal.placements
    ]
    lines += [f"  未排 {x.code} {x.name}：{why_text(x.reason)}" for x in proposal.left]
    emit(args.json, data, lines)
    return 0


def cmd_room_stay(args: argparse.Namespace) -> int:
    arrive, depart = _date(args.arrive, "入住日期"), _date(args.depart, "离店日期")
    with _open(args, write=True) as store:
        change = rooms.change_stay(store.uow, _ctx(store, args), args.code, arrive, depart).result
        beds = _where(store, args.code)
    data = {
        "code": change.code,
        "name": change.name,
        "arrive": arrive.isoformat(),
        "depart": depart.isoformat(),
        "nights": [n.isoformat() for n in change.nights],
        "kept": [n.isoformat() for n in change.kept],
        "added": [n.isoformat() for n in change.added],
        "waiting": [n.isoformat() for n in change.waiting],
        "released": [n.isoformat() for n in change.released],
        "beds": beds,
    }
    lines = [
        f"{change.name} 住期改为 {arrive.isoformat()} 至 {depart.isoformat()}（{len(change.nights)} 晚）"
    ]
    if change.released:
        lines.append("  退回：" + "、".join(n.isoformat() for n in change.released))
    if change.added:
        lines.append("  续住原房间：" + "、".join(n.isoformat() for n in change.added))
    if change.waiting:
        lines.append("  待排房：" + "、".join(n.isoformat() for n in change.waiting))
    lines.append("  床位：" + _beds_text(beds))
    emit(args.json, data, lines)
    return 0


def cmd_room_move(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        queued = slips.move_with_slip(
            store.uow, _ctx(store, args), args.code, args.room, uri=args.printer
        ).result
        printed = send_queued(store, queued.job_id)
        person = _person(store, args.code)
        beds = _where(store, args.code)
    data = {"code": person.code, "name": person.name, "room": args.room, "beds": beds}
    emit(args.json, data | printed, f"{person.name} 已换到 {args.room}：{_beds_text(beds)}")
    say_unprinted(printed, "住宿凭单")
    return 0


def cmd_room_release(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        rooms.release_room(store.uow, _ctx(store, args), args.code)
        person = _person(store, args.code)
    data = {"code": person.code, "name": person.name, "released": True}
    emit(args.json, data, f"{person.name} 的床位已退回")
    return 0


def cmd_room_swap(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        rooms.swap_rooms(store.uow, _ctx(store, args), args.code, args.other)
        a, b = _person(store, args.code), _person(store, args.other)
        beds_a, beds_b = _where(store, args.code), _where(store, args.other)
    data = {"swapped": [{"code": a.code, "beds": beds_a}, {"code": b.code, "beds": beds_b}]}
    lines = [f"{a.name}：{_beds_text(beds_a)}", f"{b.name}：{_beds_text(beds_b)}"]
    emit(args.json, data, lines)
    return 0


def register(sub: Any) -> None:
    from .main import _common, _supervisor

    room = sub.add_parser("room", help="rooms night by night")
    room_sub = room.add_subparsers(
        dest="room_command",
        required=True,
        metavar="list|assign|grid|autoassign|stay|move|release|swap|slip",
    )
    p = room_sub.add_parser("list", help="rooms and occupants")
    _common(p)
    p.set_defaults(run=cmd_room_list)

    p = room_sub.add_parser("assign", help="put an attendee in a room")
    _common(p, operator=True)
    p.add_argument("code")
    p.add_argument("room", help="room number, or HOTEL/NUMBER when two hotels have it")
    _supervisor(p, required=False)  # only to approve sharing a room across genders
    p.add_argument("--printer", help="print the room slip on this printer URI")
    p.set_defaults(run=cmd_room_assign)

    p = room_sub.add_parser("slip", help="print the room slip (key envelope) again")
    _common(p, operator=True)
    p.add_argument("code")
    p.add_argument("--printer", help="printer URI (default: the desk's receipt printer)")
    p.set_defaults(run=cmd_room_slip)

    p = room_sub.add_parser("grid", help="rooms × nights with who sleeps where")
    _common(p)
    p.set_defaults(run=cmd_room_grid)

    p = room_sub.add_parser("autoassign", help="pair everyone who needs a room and has none")
    _common(p, operator=True)
    p.add_argument("--dry-run", action="store_true", help="propose only, change nothing")
    p.add_argument("--arrived-only", action="store_true", help="only people checked in")
    p.add_argument("--no-colleagues", action="store_true", help="do not keep units together")
    p.add_argument("--no-seniors-first", action="store_true", help="code order, not seniority")
    p.add_argument("--use-spare", action="store_true", help="also give 机动 (spare) rooms")
    p.add_argument("--allow-mixed", action="store_true", help="roommate requests across genders")
    _supervisor(p, required=False)  # --allow-mixed needs a supervisor
    p.set_defaults(run=cmd_room_autoassign)

    p = room_sub.add_parser("stay", help="change the arrival and departure")
    _common(p, operator=True)
    p.add_argument("code")
    p.add_argument("--arrive", required=True, help="YYYY-MM-DD")
    p.add_argument("--depart", required=True, help="YYYY-MM-DD")
    p.set_defaults(run=cmd_room_stay)

    p = room_sub.add_parser("move", help="move to another room in one step (换房)")
    _common(p, operator=True)
    p.add_argument("code")
    p.add_argument("room", help="room number, or HOTEL/NUMBER")
    _supervisor(p, required=False)
    p.add_argument("--printer", help="print the new room's slip on this printer URI")
    p.set_defaults(run=cmd_room_move)

    p = room_sub.add_parser("release", help="give the bed back")
    _common(p, operator=True)
    p.add_argument("code")
    p.set_defaults(run=cmd_room_release)

    p = room_sub.add_parser("swap", help="two placed people trade rooms")
    _common(p, operator=True)
    p.add_argument("code")
    p.add_argument("other")
    _supervisor(p, required=False)
    p.set_defaults(run=cmd_room_swap)
