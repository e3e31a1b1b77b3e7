"""Rooms night by night on a real event file: stays (续住, 提前离店), moves, swaps, releases of
some nights, two hotels with the same room number, and bad input that writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from huiwu_desk.domain.errors import MixedRoom, NotInRoom, RoomFull
from huiwu_desk.domain.model import RoomType
from huiwu_desk.domain.room_errors import (
    AlreadyBedded,
    AmbiguousRoom,
    NightOutsideBlock,
    NotPlacedForSwap,
    StayBackwards,
)
from huiwu_desk.services import attendees, rooms, setup
from huiwu_desk.services.fees import dues
from huiwu_desk.services.rooms.grid import GridFilter, filtered, room_grid, waiting_list
from tests.conftest import NIGHTS
from tests.integration.fees_helpers import build_fee_event

D1, D2, D3 = NIGHTS  # 11-27, 11-28, 11-29; the stay ends on 11-30


def _beds(ev, name: str) -> dict[date, str]:
    """night → room number, as the grid shows the person."""
    grid = room_grid(ev.uow)
    out = {}
    for room in grid.rooms:
        for i, night in enumerate(grid.nights):
            if any(s.name == name for s in room.cells[i]):
                assert night not in out, f"{name} has two beds on {night}"
                out[night] = room.number
    return out


def _ops(ev) -> int:
    with ev.uow.reading():
        return ev.uow.conn.exec_driver_sql("SELECT count(*) FROM ops").scalar()


def test_leaving_early_gives_the_last_nights_back_and_the_bed_stays(small_event):
    ev = small_event
    zhang = ev.codes["张三"]
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    assert _beds(ev, "张三") == {D1: "301", D2: "301", D3: "301"}
    change = rooms.change_stay(ev.uow, ev.ctx, zhang, D1, D3).result  # 提前离店: leaves 11-29
    assert change.released == (D3,) and change.kept == (D1, D2)
    assert _beds(ev, "张三") == {D1: "301", D2: "301"}
    with ev.uow.reading():
        person = ev.uow.attendees.by_code(zhang)
    assert (person.arrival, person.departure) == (D1, D3)


def test_extending_the_stay_keeps_the_same_room_when_it_has_the_bed(small_event):
    ev = small_event
    zhang = ev.codes["张三"]
    rooms.change_stay(ev.uow, ev.ctx, zhang, D1, D2)  # one night only
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    assert _beds(ev, "张三") == {D1: "301"}
    change = rooms.extend_stay(ev.uow, ev.ctx, zhang).result  # 续住 one night
    assert change.added == (D2,) and change.waiting == ()
    assert _beds(ev, "张三") == {D1: "301", D2: "301"}


def test_extension_into_a_full_room_waits_on_the_list(small_event):
    ev = small_event
    zhang, li = ev.codes["张三"], ev.codes["李四"]
    attendees.update_attendee(ev.uow, ev.ctx, zhang, {"needs_room": True})
    rooms.change_stay(ev.uow, ev.ctx, zhang, D1, D2)
    rooms.assign_room(ev.uow, ev.ctx, zhang, "302")  # the king, one bed
    rooms.change_stay(ev.uow, ev.ctx, li, D2, D3)
    rooms.assign_room(ev.uow, ev.ctx, li, "302")  # the king on 11-28
    change = rooms.extend_stay(ev.uow, ev.ctx, zhang).result
    assert change.added == () and change.waiting == (D2,)
    assert _beds(ev, "张三") == {D1: "302"}
    waiting = {w.code: w for w in waiting_list(ev.uow)}
    assert waiting[zhang].missing == (D2,)


def test_late_nights_are_charged_as_lodging_at_f2(tmp_path):
    ev = build_fee_event(tmp_path / "fees.huiwu")  # 住宿费 300 yuan a night for delegates
    zhang = ev.codes["张三"]

    def lodging() -> int:
        return next(d.due_fen for d in dues.person_dues(ev.uow, zhang).dues if d.item == "住宿费")

    rooms.change_stay(ev.uow, ev.ctx, zhang, D1, D3)
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    assert lodging() == 2 * 30000
    rooms.extend_stay(ev.uow, ev.ctx, zhang)  # a late departure: one more night
    assert lodging() == 3 * 30000
    assert dues.person_dues(ev.uow, zhang).left_fen == 120000 + 3 * 30000  # F2's balance
    ev.store.close()


def test_a_departure_before_the_arrival_writes_nothing(small_event):
    ev = small_event
    before = _ops(ev)
    with pytest.raises(StayBackwards) as err:
        rooms.change_stay(ev.uow, ev.ctx, ev.codes["张三"], D3, D1)
    assert "离店日期" in err.value.text("zh")
    assert _ops(ev) == before


def test_a_night_outside_the_block_writes_nothing(small_event):
    ev = small_event
    before = _ops(ev)
    with pytest.raises(NightOutsideBlock) as err:
        rooms.change_stay(ev.uow, ev.ctx, ev.codes["张三"], D1, date(2026, 12, 1))
    assert "2026-11-30" in err.value.text("zh")
    assert _ops(ev) == before


def test_move_is_one_step_and_a_full_room_refuses_it_whole(small_event):
    ev = small_event
    zhang, li = ev.codes["张三"], ev.codes["李四"]
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    rooms.assign_room(ev.uow, ev.ctx, li, "302")
    before = _ops(ev)
    with pytest.raises(RoomFull):
        rooms.move_room(ev.uow, ev.ctx, zhang, "302")
    assert _ops(ev) == before and _beds(ev, "张三") == {D1: "301", D2: "301", D3: "301"}
    rooms.release_room(ev.uow, ev.ctx, li)
    rooms.move_room(ev.uow, ev.ctx, zhang, "302")
    assert _beds(ev, "张三") == {D1: "302", D2: "302", D3: "302"}


def test_move_into_a_room_of_the_other_gender_is_refused(small_event):
    ev = small_event
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["王五"], "301")  # a woman in the twin
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "302")
    before = _ops(ev)
    with pytest.raises(MixedRoom):
        rooms.move_room(ev.uow, ev.ctx, ev.codes["张三"], "301")
    assert _ops(ev) == before and _beds(ev, "张三")[D1] == "302"


def test_swap_trades_rooms_and_needs_two_placed_people(small_event):
    ev = small_event
    zhang, li, shan = ev.codes["张三"], ev.codes["李四"], ev.codes["单雄信"]
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    rooms.assign_room(ev.uow, ev.ctx, li, "302")
    rooms.swap_rooms(ev.uow, ev.ctx, zhang, li)
    assert _beds(ev, "张三")[D1] == "302" and _beds(ev, "李四")[D1] == "301"
    before = _ops(ev)
    with pytest.raises(NotPlacedForSwap) as err:
        rooms.swap_rooms(ev.uow, ev.ctx, zhang, shan)
    assert "单雄信" in err.value.text("zh") and _ops(ev) == before


def test_release_of_some_nights_keeps_the_others(small_event):
    ev = small_event
    zhang = ev.codes["张三"]
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301")
    rooms.release_room(ev.uow, ev.ctx, zhang, [D2])
    assert _beds(ev, "张三") == {D1: "301", D3: "301"}
    rooms.release_room(ev.uow, ev.ctx, zhang)
    assert _beds(ev, "张三") == {}
    with pytest.raises(NotInRoom):
        rooms.release_room(ev.uow, ev.ctx, zhang)


def test_one_person_never_gets_two_beds_on_one_night(small_event):
    ev = small_event
    zhang = ev.codes["张三"]
    rooms.assign_room(ev.uow, ev.ctx, zhang, "301", [D1])
    with pytest.raises(AlreadyBedded):
        rooms.assign_room(ev.uow, ev.ctx, zhang, "302", [D1, D2])
    rooms.assign_room(ev.uow, ev.ctx, zhang, "302")  # the nights still without a bed
    assert _beds(ev, "张三") == {D1: "301", D2: "302", D3: "302"}


def test_two_hotels_with_one_number_need_the_hotel(small_event):
    ev = small_event
    other = setup.add_hotel(ev.uow, ev.ctx, "华美酒店").result
    setup.add_room(ev.uow, ev.ctx, other, "301", RoomType.TWIN, 2)
    with pytest.raises(AmbiguousRoom) as err:
        rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "301")
    assert "华美酒店" in err.value.text("zh") and "会议中心酒店" in err.value.text("zh")
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "华美酒店/301")
    grid = room_grid(ev.uow)
    placed = [r for r in grid.rooms if any(r.cells[0])]
    assert [(r.hotel, r.number) for r in placed] == [("华美酒店", "301")]


def test_grid_filters_by_gender_and_free_beds(small_event):
    ev = small_event
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["王五"], "301")
    rooms.assign_room(ev.uow, ev.ctx, ev.codes["张三"], "302")
    grid = room_grid(ev.uow)
    for_men = [r.number for r in filtered(grid, GridFilter(gender="M"))]
    assert for_men == ["302"]  # 301 has a woman in it
    free = [r.number for r in filtered(grid, GridFilter(free_only=True))]
    assert free == ["301"]
    assert [r.number for r in filtered(grid, GridFilter(text="王五"))] == ["301"]
