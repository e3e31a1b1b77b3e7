"""Doors' lists (issue 18): credits from attendance (hours → credits, capped, those below the
minimum apart), meals per sitting with staff apart, attendance per session with times."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from huiwu_desk.adapters.sheets import sheet_io
from huiwu_desk.domain.setup_model import Setup
from huiwu_desk.services import attendees, desk, exports, setup, setup_plan
from huiwu_desk.services.doors import credits, points, scan


def at(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp() * 1000)


def _sheets(ev, kind: str, tmp_path: Path) -> list[list[list[object]]]:
    path = exports.export(ev.uow, sheet_io(ev.uow), kind, tmp_path / f"{kind}.xlsx").path
    wb = openpyxl.load_workbook(path)
    return [[list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets]


def _scan_at(ev, when: str, point: str, name: str) -> bool:
    ev.store.uow.clock = lambda: at(when)
    return scan.scan(ev.uow, ev.ctx, point, ev.codes[name]).result.ok


def _credit_event(ev) -> None:
    now = setup_plan.read_setup(ev.uow)
    assert now.event is not None
    now.event.credit_project = "2026-04-01-001(国)"
    now.event.credit_category = "国家级Ⅰ类"
    setup_plan.apply_setup(ev.uow, ev.ctx, Setup(event=now.event))
    for name in ("张三", "李四", "王五"):
        attendees.update_attendee(ev.uow, ev.ctx, ev.codes[name], {"wants_credits": True})
        desk.check_in(ev.uow, ev.ctx, ev.codes[name])
    # a whole day: 6 hours over two half days; a morning: 3 hours
    points.add_point(
        ev.uow, ev.ctx, "课题一", "credit", start="2026-12-03T09:00", end="2026-12-03T17:00"
    )
    points.add_point(
        ev.uow, ev.ctx, "课题二", "credit", start="2026-12-04T08:30", end="2026-12-04T11:30"
    )


def test_credits_from_hours_and_the_minimum(small_event, tmp_path):
    ev = small_event
    _credit_event(ev)
    # in the order of time: a desk's clock (HLC) never goes back
    assert _scan_at(ev, "2026-12-03T08:50", "课题一", "张三")
    assert _scan_at(ev, "2026-12-03T08:55", "课题一", "李四")  # morning only
    assert _scan_at(ev, "2026-12-03T13:55", "课题一", "张三")
    assert _scan_at(ev, "2026-12-04T08:20", "课题二", "张三")
    assert _scan_at(ev, "2026-12-04T08:25", "课题二", "李四")
    main, apart = _sheets(ev, "credits", tmp_path)
    header = main[1]
    assert header[-4:] == ["学分类别", "项目编号", "学时", "学分"] or header[-3:] == [
        "项目编号",
        "学时",
        "学分",
    ]
    by_name = {r[1]: r for r in main[2:]}
    assert set(by_name) == {"张三", "李四"}
    # 张三: 8 h + 3 h = 11 h → 3.6 credits at 1 per 3 h (tenths, rounded down per topic)
    assert by_name["张三"][-2:] == ["11", "3.6"]
    assert by_name["张三"][-3] == "2026-04-01-001(国)"
    assert "国家级Ⅰ类" in by_name["张三"]
    # 李四 missed 课题一's afternoon: only 课题二 counts
    assert by_name["李四"][-2:] == ["3", "1"]
    rows = {(r[1], r[5]): r[6] for r in apart[1:] if r[0] != "序号"}
    assert rows[("李四", "课题一")] == "12-03 下午"
    assert rows[("王五", "全部课题")] == "未在任何课题签到"
    assert ("张三", "课题一") not in rows


def test_credits_capped_per_project(small_event, tmp_path):
    ev = small_event
    _credit_event(ev)
    setup.set_setting(ev.uow, ev.ctx, credits.CAP_SETTING, 2)
    for when in ("2026-12-03T08:50", "2026-12-03T13:55"):
        _scan_at(ev, when, "课题一", "张三")
    _scan_at(ev, "2026-12-04T08:20", "课题二", "张三")
    main, _apart = _sheets(ev, "credits", tmp_path)
    assert main[2][-1] == "2"
    setup.set_setting(ev.uow, ev.ctx, credits.HOURS_SETTING, 2)  # a provincial rule
    setup.set_setting(ev.uow, ev.ctx, credits.CAP_SETTING, 0)  # no cap
    main, _apart = _sheets(ev, "credits", tmp_path)
    assert main[2][-1] == "5.5"


def test_meals_per_sitting_staff_apart(small_event, tmp_path):
    ev = small_event
    staff = setup.add_category(ev.uow, ev.ctx, "staff", "会务组").result
    code = attendees.add_attendee(
        ev.uow, ev.ctx, {"name": "赵六", "category_id": staff, "phone": "13600000000"}
    ).result
    ev.codes["赵六"] = code
    points.add_point(
        ev.uow, ev.ctx, "12-03 午餐", "meal", start="2026-12-03T11:30", end="2026-12-03T13:30"
    )
    for name in ("张三", "李四", "赵六"):
        assert _scan_at(ev, "2026-12-03T12:00", "12-03 午餐", name)
    assert not _scan_at(ev, "2026-12-03T12:05", "12-03 午餐", "张三")
    sheets = _sheets(ev, "meals", tmp_path)
    assert sheets[0][1][:1] == ["餐次"]
    line = sheets[0][2]
    assert line[0] == "12-03 午餐" and line[3:] == [2, 1, 3, 0, 1]
    assert ["12-03 午餐", "会务组", 1] in sheets[1]


def test_attendance_with_times(small_event, tmp_path):
    ev = small_event
    points.add_point(ev.uow, ev.ctx, "主会场", "session")
    assert _scan_at(ev, "2026-12-03T08:40", "主会场", "张三")
    assert _scan_at(ev, "2026-12-03T14:10", "主会场", "张三")
    assert _scan_at(ev, "2026-12-03T08:45", "主会场", "王五")
    summary, detail = _sheets(ev, "attendance", tmp_path)
    assert summary[2][0] == "主会场" and summary[2][4:] == [2, 3, 0]
    rows = {r[2]: r for r in detail[2:]}
    assert rows["张三"][6] == datetime(2026, 12, 3, 8, 40)
    assert rows["张三"][7] == datetime(2026, 12, 3, 14, 10) and rows["张三"][8] == 2
