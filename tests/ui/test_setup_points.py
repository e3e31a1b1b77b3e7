"""设置 → 扫码点与收款 (issue 18): a point's categories, times, credits and rules are shown as
the workbook writes them and read back as typed; a rule the desk cannot read names its row."""

from __future__ import annotations

from datetime import datetime

import pytest

from huiwu_desk.domain.setup_model import PointSetup, Setup
from huiwu_desk.ui.pages.setup_parts import CellProblem, all_parts


def _points_part(qtbot):  # type: ignore[no-untyped-def]
    part = next(p for p in all_parts() if p.key == "points")
    qtbot.addWidget(part)
    return part


def test_points_round_trip_and_a_bad_rule(qtbot) -> None:  # type: ignore[no-untyped-def]
    part = _points_part(qtbot)
    topic = PointSetup(
        "课题一",
        "credit",
        ["代表", "专家"],
        datetime(2026, 12, 3, 9, 0),
        datetime(2026, 12, 3, 12, 0),
        "1.5",
        tolerance_min=30,
    )
    meal = PointSetup("自助餐厅", "meal", once_per_day=True)
    part.load(Setup(points=[topic, meal], payment_methods=["cash"]))
    t = part.table
    assert [t.text(0, c) for c in range(7)] == [
        "课题一",
        "学分",
        "代表, 专家",
        "2026-12-03 09:00",
        "2026-12-03 12:00",
        "1.5",
        "宽限 30 分钟",
    ]
    assert t.text(1, 6) == "每天一次"
    wanted, _where = part.wanted()
    assert wanted.points == [topic, meal]
    t.item(1, 6).setText("每周一次")
    with pytest.raises(CellProblem) as info:
        part.wanted()
    assert info.value.row == 1 and "每周一次" in info.value.text
