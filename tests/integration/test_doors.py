"""Doors (issue 18): every refusal, once per sitting, entitlement by day, windows with
tolerance, superseded badges, the check-in setting, on an event made by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from huiwu_desk.domain.door_errors import UnknownPoint
from huiwu_desk.domain.setup_model import Setup
from huiwu_desk.services import desk, setup, setup_plan
from huiwu_desk.services.doors import points, scan


def at(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)


@pytest.fixture
def ev(small_event):
    small_event.store.uow.clock = lambda: at("2026-12-03T12:10")
    return small_event


def go(ev, point, code):
    return scan.scan(ev.uow, ev.ctx, point, code).result


def test_unknown_code_and_unknown_point(ev):
    points.add_point(ev.uow, ev.ctx, "主会场", "session")
    v = go(ev, "主会场", "NOPE-1")
    assert (v.ok, v.reason, v.code) == (False, "unknown", "")
    with pytest.raises(UnknownPoint):
        go(ev, "没有这个点", ev.codes["张三"])


def test_session_categories_and_window_with_tolerance(ev):
    points.add_point(
        ev.uow,
        ev.ctx,
        "专家会",
        "session",
        categories=["专家"],
        start="2026-12-03T12:20",
        end="2026-12-03T13:00",
        tolerance_min=15,
    )
    v = go(ev, "专家会", ev.codes["张三"])  # a delegate
    assert (v.ok, v.reason) == (False, "not_allowed")
    assert "专家" in v.said
    v = go(ev, "专家会", ev.codes["王五"])  # 12:10 is within 15 min before 12:20
    assert v.ok and v.name == "王五" and v.category == "专家"
    ev.store.uow.clock = lambda: at("2026-12-03T12:04")  # 16 min early
    v = go(ev, "专家会", ev.codes["王五"])
    assert (v.ok, v.reason) == (False, "outside_time")
    ev.store.uow.clock = lambda: at("2026-12-03T13:16")  # 16 min late
    assert go(ev, "专家会", ev.codes["王五"]).reason == "outside_time"
    ev.store.uow.clock = lambda: at("2026-12-03T13:15")
    assert go(ev, "专家会", ev.codes["王五"]).ok  # a session door may be passed again


def test_meal_once_per_sitting_and_counts(ev):
    points.add_point(
        ev.uow, ev.ctx, "12-03 午餐", "meal", start="2026-12-03T11:30", end="2026-12-03T13:30"
    )
    first = go(ev, "12-03 午餐", ev.codes["张三"])
    assert first.ok and first.admitted == 1
    again = go(ev, "12-03 午餐", ev.codes["张三"])
    assert (again.ok, again.reason) == (False, "already_used")
    assert "12:10" in again.said
    assert (again.admitted, again.refused) == (1, 1)
    line = {p.name: p for p in points.point_list(ev.uow)}["12-03 午餐"]
    assert (line.kind, line.scans, line.admitted, line.refused) == ("meal", 2, 1, 1)
    last = scan.recent(ev.uow, "12-03 午餐")
    assert [v.ok for v in last] == [False, True] and last[0].name == "张三"


def test_meal_entitlement_by_category_and_day(ev):
    now = setup_plan.read_setup(ev.uow)
    meals = {"代表": ["12-03"], "专家": ["12-04 晚宴"]}
    for c in now.categories:
        c.meals = meals[c.name]
    setup_plan.apply_setup(ev.uow, ev.ctx, Setup(categories=now.categories))
    for name, start in (("12-03 午餐", "2026-12-03T11:30"), ("12-04 晚宴", "2026-12-04T18:00")):
        points.add_point(ev.uow, ev.ctx, name, "meal", start=start, end=start[:11] + "23:00")
    assert go(ev, "12-03 午餐", ev.codes["张三"]).ok  # delegates eat on the 3rd
    assert go(ev, "12-03 午餐", ev.codes["王五"]).reason == "not_allowed"
    ev.store.uow.clock = lambda: at("2026-12-04T18:30")
    assert go(ev, "12-04 晚宴", ev.codes["王五"]).ok
    assert go(ev, "12-04 晚宴", ev.codes["李四"]).reason == "not_allowed"


def test_once_per_day(ev):
    points.add_point(ev.uow, ev.ctx, "自助餐厅", "meal", once_per_day=True)
    assert go(ev, "自助餐厅", ev.codes["张三"]).ok
    assert go(ev, "自助餐厅", ev.codes["张三"]).reason == "already_used"
    ev.store.uow.clock = lambda: at("2026-12-04T12:10")
    v = go(ev, "自助餐厅", ev.codes["张三"])
    assert v.ok and v.admitted == 1  # the count of this day


def test_superseded_badge(ev):
    code = ev.codes["张三"]
    desk.record_badge_print(ev.uow, ev.ctx, code)
    desk.record_badge_print(ev.uow, ev.ctx, code, "丢失补打")
    points.add_point(ev.uow, ev.ctx, "主会场", "session")
    assert go(ev, "主会场", f"{code}.1").reason == "superseded_badge"
    assert go(ev, "主会场", f" {code.lower()}.2 ").ok


def test_not_checked_in_by_setting(ev):
    points.add_point(ev.uow, ev.ctx, "主会场", "session")
    assert go(ev, "主会场", ev.codes["李四"]).ok  # default: admitted
    setup.set_setting(ev.uow, ev.ctx, scan.REQUIRE_CHECKIN, True)
    assert go(ev, "主会场", ev.codes["李四"]).reason == "not_checked_in"
    desk.check_in(ev.uow, ev.ctx, ev.codes["李四"])
    assert go(ev, "主会场", ev.codes["李四"]).ok


def test_old_setting_points_are_points(ev):
    setup.set_setting(ev.uow, ev.ctx, "scan.points", [{"name": "资料台", "kind": "materials"}])
    line = {p.name: p for p in points.point_list(ev.uow)}["资料台"]
    assert line.kind == "material"
    assert go(ev, "资料台", ev.codes["张三"]).ok
    assert [p.name for p in points.point_list(ev.uow)].count("资料台") == 1
