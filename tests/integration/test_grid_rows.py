"""grid_update (the 排房 page after a change to a few people) reads the same rows and waiting
lines as the whole grid and list do, on a real event file, after each kind of room act."""

from __future__ import annotations

from huiwu_desk.domain.model import RoomType
from huiwu_desk.services import attendees, desk, rooms, setup
from huiwu_desk.services.rooms.grid import room_grid, waiting_list
from huiwu_desk.services.rooms.grid_rows import grid_update
from tests.conftest import NIGHTS, SmallEvent


def _same_as_whole(ev: SmallEvent, names: list[str]) -> None:
    with ev.uow.reading():
        ids = {n: ev.uow.attendees.by_code(ev.codes[n]).id for n in names}
    update = grid_update(ev.uow, list(ids.values()))
    grid = {r.id: r for r in room_grid(ev.uow).rooms}
    lines = {w.id: w for w in waiting_list(ev.uow)}
    assert update.codes == {i: ev.codes[n] for n, i in ids.items()}
    for room in update.rooms:
        assert room == grid[room.id]
    held = {
        r.id
        for r in grid.values()
        if any(s.code in update.codes.values() for c in r.cells for s in c)
    }
    assert {r.id for r in update.rooms} == held  # every room they sleep in, no other
    for attendee_id in ids.values():
        assert update.waiting[attendee_id] == lines.get(attendee_id)


def test_each_room_act_reads_as_the_whole_grid(small_event: SmallEvent) -> None:
    ev = small_event
    uow, ctx = ev.uow, ev.ctx
    for name in ev.codes:
        attendees.update_attendee(uow, ctx, ev.codes[name], {"needs_room": True})
    with uow.reading():
        (hotel,) = uow.rooms.hotel_names()
    setup.add_room(uow, ctx, hotel, "303", RoomType.TWIN, 2)
    code = ev.codes
    _same_as_whole(ev, ["张三", "李四"])  # nobody placed: two waiting lines, no rooms
    rooms.assign_room(uow, ctx, code["张三"], "301")
    rooms.assign_room(uow, ctx, code["李四"], "301")
    _same_as_whole(ev, ["张三"])
    rooms.move_room(uow, ctx, code["李四"], "303", [NIGHTS[1]])
    _same_as_whole(ev, ["李四"])  # two rooms, one night in the other
    rooms.assign_room(uow, ctx, code["单雄信"], "302")
    rooms.swap_rooms(uow, ctx, code["张三"], code["单雄信"])
    _same_as_whole(ev, ["张三", "单雄信"])
    rooms.change_stay(uow, ctx, code["王五"], NIGHTS[1], NIGHTS[2])
    desk.check_in(uow, ctx, code["王五"])
    _same_as_whole(ev, ["王五"])  # a shorter stay, arrived, still waiting
    rooms.change_stay(uow, ctx, code["单雄信"], NIGHTS[1], NIGHTS[2])
    _same_as_whole(ev, ["单雄信"])  # a bed kept for one night only
    rooms.release_room(uow, ctx, code["张三"])
    _same_as_whole(ev, ["张三", "王五"])
