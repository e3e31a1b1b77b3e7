"""`room grid|autoassign|stay|move|release` and `export hotel` as a user runs them, on an event
made with `new`, set up from a workbook and given a roster (no demo data)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl

from tests.integration.test_cli import run
from tests.integration.test_setup_book import book, organizer_sheets

# 2027-04-10 .. 04-12 are the block's nights (the organizer's workbook)
ROSTER = [
    ["姓名", "性别", "单位", "是否住宿", "住房要求", "同住人", "入住日期", "离店日期"],
    ["赵一", "男", "甲医院", "是", "合住", "", "2027-04-10", "2027-04-13"],
    ["钱二", "男", "乙医院", "是", "合住", "孙三", "2027-04-10", "2027-04-13"],
    ["孙三", "男", "丙医院", "是", "合住", "", "2027-04-10", "2027-04-13"],
    ["李四", "女", "甲医院", "是", "合住", "", "2027-04-10", "2027-04-13"],
    ["周五", "女", "甲医院", "是", "合住", "", "2027-04-10", "2027-04-13"],
    ["吴六", "男", "甲医院", "是", "单住", "", "2027-04-10", "2027-04-13"],
    ["郑七", "男", "丁医院", "是", "合住", "", "2027-04-11", "2027-04-12"],
    ["王八", "女", "戊医院", "否", "", "", "", ""],
]


def _event(tmp_path: Path) -> Path:
    event = tmp_path / "会议.huiwu"
    sheets = organizer_sheets()
    made = run(
        "new", str(event), "--name", "全国学术年会", "--desk", "A1",
        "--setup", str(book(tmp_path / "设置.xlsx", sheets)),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    roster = tmp_path / "名单.csv"
    with roster.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(ROSTER)
    done = run("import", str(event), str(roster))
    assert done.returncode == 0, done.stderr
    return event


def _json(*args: str) -> Any:
    done = run(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _codes(event: Path) -> dict[str, str]:
    found = _json("find", str(event), "")
    return {p["name"]: p["code"] for p in found}


def _grid_of(event: Path) -> dict[str, dict[str, list[str]]]:
    """code → night → room numbers (from `room grid --json`)."""
    out: dict[str, dict[str, list[str]]] = {}
    for room in _json("room", "grid", str(event)):
        for night, codes in room["nights"].items():
            for code in codes:
                out.setdefault(code, {}).setdefault(night, []).append(room["number"])
    return out


def test_autoassign_pairs_by_gender_request_and_stay_then_the_hotel_gets_its_numbers(
    tmp_path: Path,
) -> None:
    event = _event(tmp_path)
    codes = _codes(event)
    grid = _json("room", "grid", str(event))
    assert {"number", "hotel", "type", "beds", "nights"} <= set(grid[0])
    assert list(grid[0]["nights"]) == ["2027-04-10", "2027-04-11", "2027-04-12"]

    preview = _json("room", "autoassign", str(event), "--dry-run")
    assert _grid_of(event) == {}  # a dry run writes nothing
    done = _json("room", "autoassign", str(event))
    assert done["assigned"] == preview["assigned"]
    room = {a["code"]: a["room"] for a in done["assigned"]}
    assert {a["code"] for a in done["assigned"]} == {
        codes[n] for n in ("赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七")
    }
    assert room[codes["钱二"]] == room[codes["孙三"]]  # asked for each other (one way)
    assert room[codes["李四"]] == room[codes["周五"]]  # two women of one unit
    assert room[codes["赵一"]] != room[codes["李四"]]
    alone = [c for c, r in room.items() if c != codes["吴六"] and r == room[codes["吴六"]]]
    assert alone == []  # 单住
    nights = {a["code"]: a["nights"] for a in done["assigned"]}
    assert nights[codes["郑七"]] == ["2027-04-11"]  # one night, his own stay
    beds = _grid_of(event)
    for code, per_night in beds.items():
        assert all(len(r) == 1 for r in per_night.values()), code  # one bed a night

    again = _json("room", "autoassign", str(event))
    assert again["assigned"] == [] and again["unplaced"] == []

    out = tmp_path / "酒店.xlsx"
    assert run("export", "hotel", str(event), "-o", str(out)).returncode == 0
    ws = openpyxl.load_workbook(out)["酒店用房"]
    header = [c.value for c in ws[2]]
    assert header[:2] == ["酒店", "日期"] and "用房合计(间)" in header
    rows = [dict(zip(header, [c.value for c in r], strict=False)) for r in ws.iter_rows(min_row=3)]
    night11 = next(
        r for r in rows if r["酒店"] == "会议中心酒店" and str(r["日期"])[:10] == "2027-04-11"
    )
    # the 11th: 钱二/孙三, 李四/周五, 赵一 (the odd man), 吴六 (单住), 郑七 (one night: alone)
    # → 5 rooms, 7 guests, 3 of the rooms with one person
    assert night11["用房合计(间)"] == 5 and night11["入住人数"] == 7
    assert night11["其中单住(间)"] == 3
    assert night11["机动房未用(间)"] == 1  # 888 kept back


def test_stay_move_and_release_from_the_command_line(tmp_path: Path) -> None:
    event = _event(tmp_path)
    codes = _codes(event)
    zhao = codes["赵一"]
    assert run("room", "assign", str(event), zhao, "301").returncode == 0
    assert _grid_of(event)[zhao] == {n: ["301"] for n in ("2027-04-10", "2027-04-11", "2027-04-12")}

    early = _json(
        "room", "stay", str(event), zhao, "--arrive", "2027-04-10", "--depart", "2027-04-12"
    )
    assert early["released"] == ["2027-04-12"]
    assert _grid_of(event)[zhao] == {"2027-04-10": ["301"], "2027-04-11": ["301"]}

    moved = run("room", "move", str(event), zhao, "302")
    assert moved.returncode == 0, moved.stderr
    assert _grid_of(event)[zhao] == {"2027-04-10": ["302"], "2027-04-11": ["302"]}

    bad = run("room", "stay", str(event), zhao, "--arrive", "2027-04-12", "--depart", "2027-04-10")
    assert bad.returncode == 1 and "离店日期" in bad.stderr and "Traceback" not in bad.stderr
    outside = run(
        "room", "stay", str(event), zhao, "--arrive", "2027-04-01", "--depart", "2027-04-11"
    )
    assert outside.returncode == 1 and "2027-04-01" in outside.stderr
    assert _grid_of(event)[zhao] == {"2027-04-10": ["302"], "2027-04-11": ["302"]}

    assert run("room", "release", str(event), zhao).returncode == 0
    assert zhao not in _grid_of(event)
    again = run("room", "release", str(event), zhao)
    assert again.returncode == 1 and "没有安排房间" in again.stderr


def test_the_setup_workbook_says_whether_one_night_stays_sleep_alone(tmp_path: Path) -> None:
    event = _event(tmp_path)
    sheets = organizer_sheets()
    sheets["会议"].append(["只住一晚者单住", "否", None])
    done = run("setup", "import", str(event), str(book(tmp_path / "改.xlsx", sheets)))
    assert done.returncode == 0, done.stderr
    assert _json("setup", "show", str(event))["event"]["one_night_single"] is False
    codes = _codes(event)
    room = {a["code"]: a for a in _json("room", "autoassign", str(event))["assigned"]}
    zheng = room[codes["郑七"]]
    assert zheng["why"] != "只住一晚，单住"
    assert room[codes["赵一"]]["room"] == zheng["room"]  # the odd man and the one-nighter share


def test_assign_and_move_print_the_room_slip_when_asked(tmp_path: Path) -> None:
    from tests.integration.printing_support import text_outside_rasters

    event = _event(tmp_path)
    zhao = _codes(event)["赵一"]
    first = tmp_path / "slip1.bin"
    done = _json("room", "assign", str(event), zhao, "301", "--printer", f"escpos-file://{first}")
    assert done["printed"] is True
    text = text_outside_rasters(first.read_bytes())
    assert b"301" in text and b"2027-04-13" in text  # the room, the departure
    moved = tmp_path / "slip2.bin"
    done = _json("room", "move", str(event), zhao, "302", "--printer", f"escpos-file://{moved}")
    assert done["printed"] is True and b"302" in text_outside_rasters(moved.read_bytes())
    again = tmp_path / "slip3.bin"
    done = _json("room", "slip", str(event), zhao, "--printer", f"escpos-file://{again}")
    assert done["room"] == "302" and "补打".encode("gb18030") in again.read_bytes()
    nobody = run(
        "room", "slip", str(event), _codes(event)["钱二"], "--printer", f"escpos-file://{again}"
    )
    assert nobody.returncode == 1 and "没有安排房间" in nobody.stderr
