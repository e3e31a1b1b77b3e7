"""Event setup as ops: applied all or nothing, idempotent, converging on every desk."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from huiwu_desk.adapters.db.projector import rebuild
from huiwu_desk.bootstrap import create_event
from huiwu_desk.bootstrap_setup import copy_setup
from huiwu_desk.domain.errors import NoFeeItems, NoMaterials, NoRooms, RoomClosed
from huiwu_desk.domain.model import RoomType
from huiwu_desk.domain.setup_model import (
    CategorySetup,
    EventSetup,
    FeeItemSetup,
    FeeSetup,
    MaterialSetup,
    RoomSetup,
    Setup,
    parse_room_range,
)
from huiwu_desk.services import attendees, card, desk, rooms
from huiwu_desk.services.rooms import suggest
from huiwu_desk.services.setup_plan import apply_setup, read_setup
from tests.integration.sync_helpers import exchange, fp, make_desks


def conference() -> Setup:
    return Setup(
        event=EventSetup("2027 肿瘤学大会", venue="国际会议中心", credit_project="2027-04-01-001"),
        materials=[MaterialSetup("资料袋", stock=300), MaterialSetup("密件", 40, returnable=True)],
        fee_items=[FeeItemSetup("会务费"), FeeItemSetup("住宿费", per_night=True)],
        categories=[
            CategorySetup("代表", color="#1f6feb", materials={"资料袋": 1, "密件": 2}),
            CategorySetup("学生", color="#2da44e", materials={"资料袋": 1}),
        ],
        fees=[
            FeeSetup("会务费", "代表", 160000, 200000),
            FeeSetup("会务费", "学生", 80000),
            FeeSetup("住宿费", "代表", 45000),
        ],
        hotels=["会议中心酒店"],
        rooms=[
            *parse_room_range("301-310 标间 2床", "会议中心酒店"),
            RoomSetup("会议中心酒店", "888", RoomType.SUITE, 1, spare=True),
        ],
    )


def ops(store) -> int:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM ops").scalar())


def new_event(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = create_event(tmp_path / "e.huiwu", "占位名称", "A1")
    return store, store.context(store.default_operator)


def test_a_new_event_takes_a_whole_setup_and_the_desk_uses_it(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    report = apply_setup(store.uow, ctx, conference())
    assert report.rejected_rows == []
    # 2 materials, 2 fee items, 2 categories, 3 prices, 1 hotel, 11 rooms; the event updated
    assert (report.created, report.updated) == (21, 1)

    got = read_setup(store.uow)
    assert got.event is not None and got.event.name == "2027 肿瘤学大会"
    assert got.event.credit_project == "2027-04-01-001"
    assert [c.name for c in got.categories] == ["代表", "学生"]
    assert {(f.item, f.category, f.early_fen, f.onsite) for f in got.fees} == {
        ("会务费", "代表", 160000, 200000),
        ("会务费", "学生", 80000, 80000),
        ("住宿费", "代表", 45000, 45000),
    }
    assert len(got.rooms) == 11 and [r.number for r in got.rooms if r.spare] == ["888"]

    with store.uow.reading():
        cats = {c.name: c.id for c in store.uow.catalog.categories()}
    pre = attendees.add_attendee(store.uow, ctx, {"name": "甲", "category_id": cats["代表"]})
    walk = attendees.register_walk_in(store.uow, ctx, {"name": "乙", "category_id": cats["代表"]})
    # the per-night 住宿费 is not part of the fixed fee; walk-ins pay the on-site price
    assert card.attendee_card(store.uow, pre.result).fee_left_fen == 160000
    assert card.attendee_card(store.uow, walk.result).fee_left_fen == 200000
    # two of the confidential document for a 代表, as the category says
    desk.hand_out(store.uow, ctx, pre.result)
    with store.uow.reading():
        left = {m.name: m.remaining for m in store.uow.materials.all()}
    assert left == {"资料袋": 299, "密件": 38}
    store.close()


def test_applying_the_same_setup_again_changes_nothing(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    apply_setup(store.uow, ctx, conference())
    ops_before = ops(store)
    again = apply_setup(store.uow, ctx, conference())
    assert (again.created, again.updated, again.rejected_rows) == (0, 0, [])
    assert again.unchanged >= 21
    # and what it reads back is itself a no-op setup
    back = apply_setup(store.uow, ctx, read_setup(store.uow))
    assert (back.created, back.updated) == (0, 0)
    assert ops(store) == ops_before
    store.close()


def test_a_setup_that_breaks_a_rule_writes_nothing_and_names_each_row(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    bad = conference()
    bad.fees.append(FeeSetup("资料费", "代表", 100))  # no such fee item
    bad.fees[0].early_fen = -5
    bad.rooms.append(RoomSetup("会议中心酒店", "301"))  # twice
    bad.categories[1].materials["纪念品"] = 1  # not a material
    report = apply_setup(store.uow, ctx, bad)
    where = {(p.sheet, p.row) for p in report.rejected_rows}
    assert ("收费项目", 2) in where  # negative price, first price row
    assert ("收费项目", 5) in where  # unknown fee item
    assert ("参会类别", 3) in where
    assert ("酒店房间", 13) in where
    texts = [p.reason.text("en") for p in report.rejected_rows]
    assert "Room 301 of “会议中心酒店” is listed twice." in texts
    assert read_setup(store.uow).categories == []  # nothing written
    store.close()


def test_a_price_change_mid_event_says_who_paid_and_recomputes_balances(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    apply_setup(store.uow, ctx, conference())
    with store.uow.reading():
        cats = {c.name: c.id for c in store.uow.catalog.categories()}
    code = attendees.add_attendee(store.uow, ctx, {"name": "甲", "category_id": cats["代表"]})
    desk.record_payment(store.uow, ctx, code.result, 160000, "cash")
    change = Setup(fees=[FeeSetup("会务费", "代表", 180000, 200000)])
    preview = apply_setup(store.uow, ctx, change, dry_run=True)
    assert [s.text("zh") for s in preview.affected] == [
        "“代表”的“会务费”改为 1800 元：已缴费的 1 人不变，余额按新价重算。"
    ]
    assert card.attendee_card(store.uow, code.result).fee_left_fen == 0  # dry run
    apply_setup(store.uow, ctx, change)
    now = card.attendee_card(store.uow, code.result)
    assert (now.paid_fen, now.fee_left_fen) == (160000, 20000)
    store.close()


def test_setup_edits_from_two_desks_converge(tmp_path: Path) -> None:
    a, b = make_desks(tmp_path, 2)
    ctx_a, ctx_b = a.context(a.default_operator), b.context(b.default_operator)
    apply_setup(a.uow, ctx_a, conference())
    exchange(a, b, tmp_path)
    # offline: A recolours 代表, B changes its materials; both edits survive on both desks
    mine = next(c for c in read_setup(a.uow).categories if c.name == "代表")
    mine.color = "#000000"
    apply_setup(a.uow, ctx_a, Setup(categories=[mine]))
    theirs = next(c for c in read_setup(b.uow).categories if c.name == "代表")
    theirs.materials = {"资料袋": 1}
    apply_setup(b.uow, ctx_b, Setup(categories=[theirs]))
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    for store in (a, b):
        got = next(c for c in read_setup(store.uow).categories if c.name == "代表")
        assert (got.color, got.materials) == ("#000000", {"资料袋": 1})
    assert fp(a) == fp(b)
    # and a rebuild of the projection from the ops gives the same setup
    before = read_setup(a.uow)
    with a.engine.begin() as conn:
        rebuild(conn)
    assert read_setup(a.uow) == before
    for store in (a, b):
        store.close()


def test_a_new_event_says_what_setup_a_desk_task_lacks(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    code = attendees.add_attendee(store.uow, ctx, {"name": "甲", "needs_room": True}).result
    with pytest.raises(NoFeeItems) as paid:
        desk.record_payment(store.uow, ctx, code, 100, "cash")
    assert "收费项目" in paid.value.text("zh") and "Fees" in paid.value.text("en")
    with pytest.raises(NoRooms):
        rooms.assign_room(store.uow, ctx, code, "301")
    with pytest.raises(NoMaterials):
        desk.hand_out(store.uow, ctx, code)
    store.close()


def test_spare_rooms_and_closed_nights_are_not_offered(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    wanted = conference()
    first = date(2027, 4, 10)
    wanted.event.nights = [first, first + timedelta(days=1)]  # type: ignore[union-attr]
    wanted.rooms = [
        RoomSetup("会议中心酒店", "301", RoomType.KING, 1, spare=True),
        RoomSetup("会议中心酒店", "302", RoomType.KING, 1, nights=[first]),
        RoomSetup("会议中心酒店", "303", RoomType.KING, 1),
    ]
    apply_setup(store.uow, ctx, wanted)
    code = attendees.add_attendee(
        store.uow,
        ctx,
        {"name": "甲", "gender": "F", "needs_room": True, "room_pref": "single"},
    ).result
    offered = suggest.room_options(store.uow, code)
    assert [s.number for s in offered.suggestions] == ["303"]
    assert [free for _night, free in offered.free_by_night] == [2, 1]  # 302 only the first
    with pytest.raises(RoomClosed):
        rooms.assign_room(store.uow, ctx, code, "302")
    rooms.assign_room(store.uow, ctx, code, "301")  # the lead may give a spare room by number
    store.close()


def test_next_years_event_copies_the_setup_of_this_one(tmp_path: Path) -> None:
    store, ctx = new_event(tmp_path)
    wanted = conference()
    wanted.event.nights = [date(2027, 4, 10)]  # type: ignore[union-attr]
    wanted.rooms[0].nights = [date(2027, 4, 10)]
    apply_setup(store.uow, ctx, wanted)
    store.close()
    nxt = create_event(tmp_path / "next.huiwu", "2028 肿瘤学大会", "A1")
    report = copy_setup(nxt, nxt.context(nxt.default_operator), tmp_path / "e.huiwu")
    assert report.rejected_rows == []
    got = read_setup(nxt.uow)
    assert got.event is not None and got.event.name == "2028 肿瘤学大会"  # not copied
    assert [c.name for c in got.categories] == ["代表", "学生"]
    assert len(got.fees) == 3 and len(got.rooms) == 11
    assert all(r.nights == [] for r in got.rooms)  # last year's nights stay behind
    nxt.close()
