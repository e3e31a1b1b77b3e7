"""The room slip (住宿凭单) for the key envelope, printed on the receipt printer: when a bed is
given (F4, ``room assign``) or changed (换房), and again on demand (补打).

As ``printing.pay_with_receipt`` does for a payment, ``assign_with_slip`` and
``move_with_slip`` are the act and its printout in one transaction: the slip is queued only
when this desk has a receipt printer (or ``uri`` is given), and a refused act queues nothing.
The print worker sends it after the commit; a failed printer never undoes the bed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from ...domain import print_jobs as pj
from ...domain.errors import NotInRoom
from ...domain.model import Attendee, DeskContext, Room, room_type_zh
from ...domain.print_jobs import JobKind, PrinterRole
from ...domain.room_documents import RoomSlipDocument, short_day, stay_dates
from .. import lookup
from ..changes import Changes
from ..ports import UnitOfWork
from ..printing import Queued, printer_target
from .place import assign_room, find_room, move_room, room_label


def _nights_by_room(uow: UnitOfWork, person: Attendee) -> dict[str, list[date]]:
    held: dict[str, set[date]] = {}
    for assignment in uow.rooms.active_for(person.id):
        held.setdefault(assignment.room_id, set()).update(assignment.nights)
    return {room_id: sorted(nights) for room_id, nights in held.items()}


def _chosen_room(
    uow: UnitOfWork, person: Attendee, held: dict[str, list[date]], room_ref: str | None
) -> Room:
    """The room the slip is for: ``room_ref``, else the one with most nights (then the
    earliest). The person must sleep there."""
    if not held:
        raise NotInRoom(name=person.name)
    if room_ref:
        room = find_room(uow, room_ref)
        if room.id not in held:
            raise NotInRoom(name=person.name)
        return room
    room_id = min(held, key=lambda r: (-len(held[r]), held[r][0]))
    main = uow.rooms.by_id(room_id)
    assert main is not None  # an assignment always names a room of the block
    return main


def _slip(
    uow: UnitOfWork,
    person: Attendee,
    room_ref: str | None,
    ctx: DeskContext | None,
    copy: bool | None,
) -> tuple[RoomSlipDocument, str]:
    """Inside a transaction: the slip and the print queue's reference of what it says
    (person, room, nights), by which a second print is known to be a copy (补打)."""
    held = _nights_by_room(uow, person)
    room = _chosen_room(uow, person, held, room_ref)
    nights = held[room.id]
    iso = tuple(n.isoformat() for n in nights)
    ref = f"{person.id}#{room.id}#{','.join(iso)}"
    if copy is None:
        copy = uow.print_jobs.count_for(JobKind.ROOM_SLIP.value, ref) > 0
    wanted = set(nights)
    mates: dict[str, str] = {}  # attendee id → name, in the order they sleep there
    for s in uow.rooms.sleepers():
        if s.room_id == room.id and s.night in wanted and s.attendee_id != person.id:
            mates.setdefault(s.attendee_id, s.name)
    others = []
    for room_id, other_nights in held.items():
        other = uow.rooms.by_id(room_id) if room_id != room.id else None
        if other is not None:
            days = "、".join(short_day(n.isoformat()) for n in other_nights)
            others.append(f"{room_label(uow, other)}（{days}）")
    check_in, check_out = stay_dates(iso)
    event = uow.catalog.event()
    doc = RoomSlipDocument(
        name=person.name,
        code=person.code,
        hotel=uow.rooms.hotel_names().get(room.hotel_id, ""),
        room=room_label(uow, room),
        nights=iso,
        check_in=check_in,
        check_out=check_out,
        room_type=room_type_zh(room.type),
        unit=person.unit,
        roommates=tuple(mates.values()),
        other_rooms=tuple(others),
        organizer=event.organizer,
        event_name=event.name,
        desk=ctx.desk_code if ctx else "",
        operator=ctx.operator if ctx else "",
        printed_at=datetime.now().strftime("%Y-%m-%d %H:%M"),
        copy=copy,
    )
    return doc, ref


def room_slip_document(
    uow: UnitOfWork,
    code: str,
    *,
    copy: bool = False,
    room_ref: str | None = None,
    ctx: DeskContext | None = None,
) -> RoomSlipDocument:
    """The slip as it would print now (the window's preview; inside or outside a
    transaction). A person without a bed: NotInRoom."""
    with uow.reading():
        person = lookup.attendee(uow, code)
        return _slip(uow, person, room_ref, ctx, copy)[0]


def add_room_slip_job(
    uow: UnitOfWork,
    code: str,
    target: str,
    *,
    copy: bool | None = None,
    room_ref: str | None = None,
    ctx: DeskContext | None = None,
) -> str:
    """Inside the caller's transaction: queue the slip to ``target``; ``copy`` None: a copy
    when this desk printed the same slip (person, room, nights) before. Returns the job id."""
    person = lookup.attendee(uow, code)
    return _queue(uow, person, target, copy, room_ref, ctx)[1]


def _queue(
    uow: UnitOfWork,
    person: Attendee,
    target: str,
    copy: bool | None,
    room_ref: str | None,
    ctx: DeskContext | None,
) -> tuple[RoomSlipDocument, str]:
    doc, ref = _slip(uow, person, room_ref, ctx, copy)
    kind = pj.RoomSlipCopyJobTitle if doc.copy else pj.RoomSlipJobTitle
    payload = {
        "uri": target,
        **pj.title_payload(kind(name=person.name, room=doc.room)),
        "slip": doc.to_dict(),
    }
    return doc, uow.print_jobs.add(JobKind.ROOM_SLIP.value, ref, payload)


def print_room_slip(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    *,
    uri: str | None = None,
    room_ref: str | None = None,
) -> Changes:
    """Print (or print again: 补打) a person's slip; needs a receipt printer (or ``uri``).
    ``result``: Queued(the RoomSlipDocument, job id)."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=True)
        assert target is not None
        person = lookup.attendee(uow, code)
        doc, job_id = _queue(uow, person, target, None, room_ref, ctx)
    return Changes(result=Queued(doc, job_id))


def _with_slip(
    uow: UnitOfWork, ctx: DeskContext, code: str, assignment_id: str, target: str | None
) -> str | None:
    """Inside the act's transaction: the slip of the room the act just gave a bed in."""
    if target is None:
        return None
    person = lookup.attendee(uow, code)
    held = uow.rooms.active_for(person.id)
    room_id = next((a.room_id for a in held if a.id == assignment_id), None)
    return _queue(uow, person, target, False, room_id, ctx)[1]


def assign_with_slip(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    room_ref: str,
    nights: Sequence[date] | None = None,
    *,
    uri: str | None = None,
) -> Changes:
    """THE room assignment of the desk (F4 and ``room assign``): ``rooms.assign_room`` and,
    when this desk has a receipt printer (or ``uri`` is given), the slip for the key envelope.
    ``result``: Queued(assignment id, slip job or None)."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=False)
        changes = assign_room(uow, ctx, code, room_ref, nights)
        job_id = _with_slip(uow, ctx, code, changes.result, target)
    changes.result = Queued(changes.result, job_id)
    return changes


def move_with_slip(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    room_ref: str,
    nights: Sequence[date] | None = None,
    *,
    uri: str | None = None,
) -> Changes:
    """换房 (``rooms.move_room``) and, with a receipt printer, the new room's slip.
    ``result``: Queued(assignment id, slip job or None)."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=False)
        changes = move_room(uow, ctx, code, room_ref, nights)
        job_id = _with_slip(uow, ctx, code, changes.result, target)
    changes.result = Queued(changes.result, job_id)
    return changes
