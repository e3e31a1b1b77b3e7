"""Doors from the command line (real processes) and from a setup workbook typed by hand."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from huiwu_desk.bootstrap import create_event
from huiwu_desk.services import attendees, desk
from tests.integration.test_cli import run
from tests.integration.test_setup_book import book, organizer_sheets


def _event(path: Path) -> dict[str, str]:
    store = create_event(path, "2027 肿瘤学大会", "A1")
    ctx = store.context(store.default_operator)
    codes = {}
    for name in ("张三", "李四"):
        codes[name] = attendees.add_attendee(store.uow, ctx, {"name": name}).result
    desk.record_badge_print(store.uow, ctx, codes["李四"])
    desk.record_badge_print(store.uow, ctx, codes["李四"], "丢失补打")
    store.close()
    return codes


def test_point_add_list_and_scan_json(tmp_path: Path) -> None:
    event = tmp_path / "e.huiwu"
    codes = _event(event)
    done = run("point", "add", str(event), "晚宴", "--kind", "meal", "--once")
    assert done.returncode == 0, done.stderr
    done = run(
        "point", "add", str(event), "闭门会", "--kind", "session", "--categories", "专家",
        "--from", "2020-01-01T09:00", "--to", "2020-01-01T10:00",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    first = run("scan", str(event), "晚宴", codes["张三"].lower(), "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["ok"] is True and data["name"] == "张三" and "reason" not in data
    assert datetime.fromisoformat(data["at"]).year >= 2026
    for code, reason in (
        (codes["张三"], "already_used"),
        ("NOBODY", "unknown"),
        (f"{codes['李四']}.1", "superseded_badge"),
    ):
        done = run("scan", str(event), "晚宴", code, "--json")
        assert done.returncode == 0, done.stderr  # a refusal is an answer
        data = json.loads(done.stdout)
        assert (data["ok"], data["reason"]) == (False, reason)
        assert {"ok", "name", "at", "reason"} <= set(data)
    refused = json.loads(run("scan", str(event), "闭门会", codes["张三"], "--json").stdout)
    assert refused["reason"] == "not_allowed"
    listed = json.loads(run("point", "list", str(event), "--json").stdout)
    by_name = {p["name"]: p for p in listed}
    assert {k: by_name["晚宴"][k] for k in ("kind", "scans", "admitted", "refused")} == {
        "kind": "meal",
        "scans": 4,
        "admitted": 1,
        "refused": 3,
    }
    assert by_name["闭门会"]["categories"] == ["专家"]
    assert by_name["闭门会"]["start"] == "2020-01-01T09:00"
    missing = run("scan", str(event), "没有的点", codes["张三"])
    assert missing.returncode != 0 and "没有名为“没有的点”的扫码点" in missing.stderr
    bad = run("point", "add", str(event), "课题", "--kind", "credit")
    assert bad.returncode != 0 and "学分课题需要开始和结束时间" in bad.stderr


def test_points_from_a_workbook_typed_by_hand(tmp_path: Path) -> None:
    sheets = organizer_sheets()
    sheets["扫码点"] = [
        ["名称", "类型", "类别", "开始", "结束", "学分", "规则"],
        ["例：主会场", "会场", "", "", "", "", ""],
        ["主会场", "会场", "代表，学生", "2027/4/11 08:30", "2027-04-11 12:00", None, "宽限３０分钟"],
        ["10日午餐", "用餐", None, datetime(2027, 4, 10, 11, 30), datetime(2027, 4, 10, 13), None, None],
        ["课题一", "学分签到", None, "2027-04-11 14:00", "2027-04-11 17:00", "１.５", None],
        ["自助餐厅", "餐厅", None, None, None, None, "每天一次"],
    ]  # fmt: skip
    event = tmp_path / "e.huiwu"
    made = run("new", str(event), "--name", "大会", "--desk", "A1", "--setup",
               str(book(tmp_path / "手填.xlsx", sheets)), "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr
    listed = {p["name"]: p for p in json.loads(run("point", "list", str(event), "--json").stdout)}
    assert listed["主会场"]["categories"] == ["代表", "学生"]
    assert listed["主会场"]["tolerance_min"] == 30
    assert (listed["10日午餐"]["kind"], listed["10日午餐"]["start"]) == ("meal", "2027-04-10T11:30")
    assert (listed["课题一"]["kind"], listed["课题一"]["credits"]) == ("credit", "1.5")
    assert listed["自助餐厅"]["once_per_day"] is True
    shown = json.loads(run("setup", "show", str(event), "--json").stdout)
    assert {p["name"] for p in shown["points"]} == set(listed)

    sheets["扫码点"][5][6] = "每周一次"  # a rule nobody can read: the row is refused, nothing done
    again = tmp_path / "f.huiwu"
    made = run("new", str(again), "--name", "大会", "--desk", "A1", "--setup",
               str(book(tmp_path / "错.xlsx", sheets)), "--json")  # fmt: skip
    assert made.returncode != 0
    assert "每周一次" in made.stdout + made.stderr
