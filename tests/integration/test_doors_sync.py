"""Doors between desks (issue 18): points and scans sync; once per sitting holds at each door,
and two doors that admitted one person offline are a repeat in the counts after sync."""

from __future__ import annotations

from datetime import datetime

from huiwu_desk.adapters.sheets import sheet_io
from huiwu_desk.services import exports
from huiwu_desk.services.doors import points, scan
from tests.integration.sync_helpers import exchange, fp, full_exchange


def at(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)


def _code(store, name: str) -> str:
    with store.uow.reading():
        return next(s.code for s in store.uow.attendees.search(name, 5) if s.name == name)


def test_points_and_scans_sync_and_double_admission_is_counted(desks, tmp_path):
    lead, b1, b2 = desks
    points.add_point(
        lead.uow,
        lead.context("李娜"),
        "12-03 午餐",
        "meal",
        start="2026-12-03T11:30",
        end="2026-12-03T13:30",
    )
    exchange(lead, b1, tmp_path)
    exchange(lead, b2, tmp_path)
    for store in desks:
        store.uow.clock = lambda: at("2026-12-03T12:00")
    code = _code(lead, "张三")
    # both doors offline: each admits 张三 once
    assert scan.scan(b1.uow, b1.context("助手1"), "12-03 午餐", code).result.ok
    assert scan.scan(b2.uow, b2.context("助手2"), "12-03 午餐", code).result.ok
    full_exchange(desks, tmp_path)
    assert fp(lead) == fp(b1) == fp(b2)
    for store in desks:
        line = {p.name: p for p in points.point_list(store.uow)}["12-03 午餐"]
        assert (line.scans, line.admitted, line.refused) == (2, 2, 0)
    for store in desks:  # after sync, every door refuses him: already used
        again = scan.scan(store.uow, store.context("李娜"), "12-03 午餐", code).result
        assert (again.ok, again.reason) == (False, "already_used")
        full_exchange(desks, tmp_path)
    path = exports.export(lead.uow, sheet_io(lead.uow), "meals", tmp_path / "m.xlsx").path
    import openpyxl

    row = [c.value for c in openpyxl.load_workbook(path).worksheets[0][3]]
    assert row[0] == "12-03 午餐" and row[5:] == [1, 1, 3]  # one person, one repeat, 3 refused


def test_point_set_last_writer_wins_across_desks(desks, tmp_path):
    lead, b1, _b2 = desks
    points.add_point(lead.uow, lead.context("李娜"), "主会场", "session")
    exchange(lead, b1, tmp_path)
    lead.uow.clock = lambda: at("2026-12-03T08:00")
    b1.uow.clock = lambda: at("2026-12-03T08:05")
    points.set_point(lead.uow, lead.context("李娜"), "主会场", categories=["专家"])
    points.set_point(b1.uow, b1.context("助手1"), "主会场", tolerance_min=30)
    exchange(lead, b1, tmp_path)
    exchange(b1, lead, tmp_path)
    for store in (lead, b1):
        line = {p.name: p for p in points.point_list(store.uow)}["主会场"]
        assert (line.categories, line.tolerance_min) == (("专家",), 30)
    assert fp(lead) == fp(b1)
