"""排房建议 as a use case: a proposal for everyone waiting for a bed (domain/room_pairing.py),
previewed, then applied as ``room.assign`` ops in one transaction.

The window previews (``propose_rooms``) and applies what it showed (``apply_proposal``): the
proposal is made again inside the write transaction and must be the one previewed, else
nothing is written (a desk placed someone meanwhile). ``room autoassign`` proposes and applies
in one transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from ...domain.model import DeskContext
from ...domain.room_errors import StalePairing
from ...domain.room_pairing import (
    ONE_NIGHT_SINGLE,
    BlockRoom,
    Guest,
    PairingRules,
    Proposal,
    propose,
    seniority,
)
from ..changes import Changes
from ..operators import approving_supervisor
from ..ports import UnitOfWork
from .grid import Waiting, waiting_list


@dataclass(frozen=True, slots=True)
class PairingOptions:
    colleagues_together: bool = True
    seniors_first: bool = True
    arrived_only: bool = False  # final rooms from who actually arrived
    use_spare: bool = False  # give 机动 rooms too
    mixed_allowed: bool = False  # roommate requests across genders (a supervisor approves)
    one_night_single: bool | None = None  # None: as the event's setting says


def one_night_single(uow: UnitOfWork) -> bool:
    return bool(uow.catalog.setting(ONE_NIGHT_SINGLE, True))


def propose_rooms(uow: UnitOfWork, options: PairingOptions = PairingOptions()) -> Proposal:
    with uow.reading():
        return _propose(uow, options)


def _propose(uow: UnitOfWork, options: PairingOptions) -> Proposal:
    waiting = waiting_list(uow)
    if options.arrived_only:
        waiting = [w for w in waiting if w.arrived]
    rooms = _block(uow)
    guests = _guests(uow, waiting)
    rules = PairingRules(
        singles_for_one_night=(
            one_night_single(uow) if options.one_night_single is None else options.one_night_single
        ),
        colleagues_together=options.colleagues_together,
        seniors_first=options.seniors_first,
        mixed_allowed=options.mixed_allowed,
        use_spare=options.use_spare,
    )
    return propose(guests, rooms, rules)


def _block(uow: UnitOfWork) -> list[BlockRoom]:
    hotels = uow.rooms.hotel_names()
    taken: dict[str, Counter[date]] = defaultdict(Counter)
    genders: dict[str, set[str]] = defaultdict(set)
    for s in uow.rooms.sleepers():
        taken[s.room_id][s.night] += 1
        genders[s.room_id].add(s.gender)
    return [
        BlockRoom(
            r.id,
            r.number,
            hotels.get(r.hotel_id, ""),
            r.type,
            r.beds,
            r.floor,
            r.spare,
            frozenset(r.nights) if r.nights else None,
            dict(taken.get(r.id, {})),
            set(genders.get(r.id, set())),
        )
        for r in uow.rooms.all()
    ]


def _guests(uow: UnitOfWork, waiting: list[Waiting]) -> list[Guest]:
    # who is who by name and code, among everyone who needs a room (placed or not)
    by_key: dict[str, list[str]] = defaultdict(list)
    everyone = uow.rooms.needing()
    for p in everyone:
        by_key[p.name].append(p.id)
        by_key[p.code].append(p.id)
    room_of: dict[str, Counter[str]] = defaultdict(Counter)
    for a in uow.rooms.active():
        room_of[a.attendee_id][a.room_id] += len(a.nights)
    today = date.today()
    guests = []
    for w in waiting:
        ids = [i for i in by_key.get(w.roommate_request.strip(), []) if i != w.id]
        mate = ids[0] if len(set(ids)) == 1 else ""
        mate_room = room_of[mate].most_common(1)[0][0] if mate and room_of.get(mate) else ""
        home = room_of[w.id].most_common(1)[0][0] if room_of.get(w.id) else ""
        guests.append(
            Guest(
                w.id,
                w.code,
                w.name,
                w.gender if w.gender in ("M", "F") else "",
                w.missing,
                w.unit,
                w.department,
                w.room_pref == "single",
                mate,
                mate_room,
                home,
                seniority(w.category, w.title, w.id_number, today),
                w.gender == "F",
            )
        )
    return guests


def apply_proposal(
    uow: UnitOfWork,
    ctx: DeskContext,
    options: PairingOptions,
    previewed: Proposal | None = None,
) -> Changes:
    """Write the proposal as ops (all or none). With ``previewed``, the proposal made now must
    be the one the user saw. ``result``: the Proposal applied."""
    with uow.writing():
        supervisor = approving_supervisor(uow, ctx) if options.mixed_allowed else None
        proposal = _propose(uow, options)
        if previewed is not None and proposal.placements != previewed.placements:
            changed = _first_difference(previewed, proposal)
            raise StalePairing(detail=changed)
        with uow.log.batch():
            for p in proposal.placements:
                uow.log.append(
                    ctx,
                    "room.assign",
                    uow.new_id(),
                    {
                        "room_id": p.room_id,
                        "attendee_id": p.guest_id,
                        "nights": [n.isoformat() for n in p.nights],
                    },
                    supervisor=supervisor,
                )
    people = {p.guest_id for p in proposal.placements}
    return Changes(attendees=people, rooms=bool(people), result=proposal)


def autoassign(
    uow: UnitOfWork,
    ctx: DeskContext,
    options: PairingOptions = PairingOptions(),
    *,
    dry_run: bool = False,
) -> Changes:
    """``room autoassign``: propose and apply in one transaction (or only propose)."""
    if dry_run:
        return Changes(result=propose_rooms(uow, options))
    return apply_proposal(uow, ctx, options)


def _first_difference(old: Proposal, new: Proposal) -> str:
    before = {p.code: p.number for p in old.placements}
    after = {p.code: p.number for p in new.placements}
    for code in sorted(set(before) | set(after)):
        if before.get(code) != after.get(code):
            return f"{code}: {before.get(code, '—')} → {after.get(code, '—')}"
    return "—"
