"""Doors, pure (issue 18): the verdict's order of reasons, half days, credits arithmetic,
the cells of the 扫码点 sheet, and the op schemas other desks' point and scan ops meet."""

from __future__ import annotations

from datetime import datetime

import pytest

from huiwu_desk.domain import doors as d
from huiwu_desk.domain.op_rules import refusal


def person(**kw: object) -> d.Person:
    base: dict[str, object] = {
        "id": "p1",
        "category_key": "delegate",
        "category_name": "代表",
        "meals": (),
        "checked_in": True,
        "latest_version": 0,
    }
    base.update(kw)
    return d.Person(**base)  # type: ignore[arg-type]


NOON = datetime(2026, 12, 3, 12, 0)


def decide(point: d.PointRules, who: d.Person | None, **kw: object) -> d.Decision:
    args: dict[str, object] = {
        "scanned_version": None,
        "at": NOON,
        "used_at": None,
        "require_checkin": False,
        "meal_listed": False,
    }
    args.update(kw)
    return d.verdict(point, who, **args)  # type: ignore[arg-type]


def test_the_first_reason_wins_in_the_order_a_door_keeper_asks() -> None:
    point = d.PointRules("x", "专家会", "session", ("专家",), NOON, NOON)
    old = person(latest_version=2, checked_in=False)
    assert decide(point, None).reason == "unknown"
    assert decide(point, old, scanned_version=1, require_checkin=True).reason == "superseded_badge"
    assert decide(point, old, scanned_version=2, require_checkin=True).reason == "not_checked_in"
    assert decide(point, old, scanned_version=2).reason == "not_allowed"
    expert = person(category_key="expert", category_name="专家")
    late = datetime(2026, 12, 3, 12, 16)
    assert decide(point, expert, at=late).reason == "outside_time"
    assert decide(point, expert, used_at=NOON).reason == "already_used"
    assert decide(point, expert).ok


def test_meal_entries_by_name_word_and_day() -> None:
    lunch = d.PointRules("m", "12-03 午餐", "meal", start=datetime(2026, 12, 3, 11, 30))
    for entry in ("12-03 午餐", "午餐", "12-03", "3日", "2026-12-03", "12-03午餐"):
        assert d.meal_entry_matches(entry, lunch), entry
    for entry in ("晚餐", "12-04", "12-04午餐", ""):
        assert not d.meal_entry_matches(entry, lunch), entry


def test_half_days_and_credits() -> None:
    topic = d.PointRules("t", "课题", "credit", start=datetime(2026, 12, 3, 9), end=NOON)
    day = d.PointRules(
        "u", "全天", "credit", start=datetime(2026, 12, 3, 9), end=datetime(2026, 12, 3, 17)
    )
    assert [h for _d, h in d.half_days(day.start, day.end)] == [0, 1]  # type: ignore[arg-type]
    morning = [datetime(2026, 12, 3, 8, 55)]
    got = d.credits_for([topic, day], {"t": morning, "u": morning})
    assert [t.met for t in got.topics] == [True, False]
    assert got.credits_x10 == 10 and got.below_minimum  # 3 h → 1 credit; 全天 missed its afternoon
    both = [*morning, datetime(2026, 12, 3, 13, 30)]
    assert d.credits_for([topic, day], {"t": morning, "u": both}).credits_x10 == 10 + 26
    assert d.credits_for([topic, day], {"t": morning, "u": both}, cap_x10=20).credits_x10 == 20
    own = d.PointRules("o", "讲座", "credit", credits_x10=15)
    assert d.credits_for([own], {"o": morning}).credits_x10 == 15
    assert d.credits_text(36) == "3.6" and d.credits_text(20) == "2"


def test_cells() -> None:
    assert d.rules_of("仅一次，宽限 30 分钟") == (True, False, 30)
    assert d.rules_of("每天一次") == (False, True, 15)
    assert d.rules_of("每周一次") is None
    assert d.rules_text(False, True, 30) == "每天一次, 宽限 30 分钟"
    assert d.minute_of("2027年4月11日 8:30") == datetime(2027, 4, 11, 8, 30)
    with pytest.raises(ValueError):
        d.minute_of("明天中午")
    assert d.credits_of("1.5") == 15 and d.credits_of("") is None
    with pytest.raises(ValueError):
        d.credits_of("-1")


@pytest.mark.parametrize(
    ("kind", "payload", "ok"),
    [
        ("point.add", {"name": "午餐", "kind": "meal", "once": True}, True),
        ("point.add", {"name": "午餐", "kind": "party"}, False),
        ("point.add", {"name": "午餐", "kind": "meal", "start": "tomorrow"}, False),
        ("point.set", {"fields": {"credits_x10": None, "tolerance_min": 30}}, True),
        ("point.set", {"fields": {"tolerance_min": -5}}, False),
        ("scan", {"point_id": "p", "ok": False, "reason": "unknown", "typed": "X1"}, True),
        (
            "scan",
            {"point_id": "p", "ok": True, "reason": "", "attendee_id": "a", "version": 2},
            True,
        ),
        ("scan", {"point_id": "p", "ok": True, "reason": "vip"}, False),
        ("scan", {"point_id": "p", "ok": "yes", "reason": ""}, False),
    ],
)
def test_op_schemas(kind: str, payload: dict[str, object], ok: bool) -> None:
    assert (refusal("d1", kind, "e1", "李娜", None, payload) is None) is ok
