"""The room slip (住宿凭单) as its lines read on paper."""

from __future__ import annotations

import json

from huiwu_desk.adapters.printing.slips import slip_of
from huiwu_desk.domain.room_documents import RoomSlipDocument, stay_dates

SLIP = RoomSlipDocument(
    name="欧阳䶮",
    code="A100007",
    hotel="会议中心酒店",
    room="301",
    nights=("2026-11-27", "2026-11-28"),
    check_in="2026-11-27",
    check_out="2026-11-29",
    room_type="标间",
    unit="北京协和医院",
    roommates=("张三",),
    organizer="中华医学会",
    event_name="测试学术年会",
    desk="A1",
    operator="李娜",
    printed_at="2026-11-27 14:03",
)


def test_the_lines_in_print_order() -> None:
    assert SLIP.heading == "住宿凭单"
    assert SLIP.lines() == [
        ("姓名", "欧阳䶮"),
        ("编号", "A100007"),
        ("单位", "北京协和医院"),
        ("酒店", "会议中心酒店"),
        ("房号", "301"),
        ("房型", "标间"),
        ("入住", "2026-11-27"),
        ("离店", "2026-11-29"),
        ("晚数", "2 晚"),
        ("同住人", "张三"),
        ("报到台", "A1"),
        ("经办人", "李娜"),
        ("打印时间", "2026-11-27 14:03"),
    ]
    assert SLIP.foot == "请凭此单到酒店前台办理入住"


def test_a_copy_says_so_and_empty_lines_are_left_out() -> None:
    bare = RoomSlipDocument("张三", "A100001", "", "302", ("2026-11-29",), copy=True)
    assert bare.heading == "住宿凭单（补打）"
    # check-in and check-out follow from the nights when not given
    assert bare.lines() == [
        ("姓名", "张三"),
        ("编号", "A100001"),
        ("房号", "302"),
        ("入住", "2026-11-29"),
        ("离店", "2026-11-30"),
        ("晚数", "1 晚"),
    ]


def test_nights_with_a_gap_are_listed_and_other_rooms_named() -> None:
    doc = RoomSlipDocument(
        "张三", "A100001", "会议中心酒店", "301", ("2026-11-29", "2026-11-27"),
        other_rooms=("302（11-28）",),
    )  # fmt: skip
    lines = dict(doc.lines())
    assert (lines["入住"], lines["离店"], lines["晚数"]) == ("2026-11-27", "2026-11-30", "2 晚")
    assert lines["住宿日"] == "11-27、11-29" and lines["另住"] == "302（11-28）"
    assert "住宿日" not in dict(SLIP.lines())  # a stay without a gap needs no list


def test_stay_dates_across_a_month_end() -> None:
    assert stay_dates(["2026-11-30", "2026-11-29"]) == ("2026-11-29", "2026-12-01")
    assert stay_dates([]) == ("", "")


def test_the_job_payload_round_trips_through_json() -> None:
    back = RoomSlipDocument.from_dict(json.loads(json.dumps(SLIP.to_dict(), ensure_ascii=False)))
    assert back == SLIP


def test_name_and_room_are_the_large_lines() -> None:
    slip = slip_of(SLIP)
    assert slip.big == frozenset({"姓名", "房号"})
    assert {"姓名", "同住人"} <= slip.drawn  # names: pictures, rare characters included
    assert slip.tops == ("中华医学会", "测试学术年会") and slip.foot == SLIP.foot
