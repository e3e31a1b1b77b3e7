"""The 同步 page says whose clock is off (by majority), a fork, revoked and older desks."""

from __future__ import annotations

from huiwu_desk.ui.pages.sync_status_view import SyncStatusView

STATUS = {
    "desk": "A1",
    "fingerprint": "b8bdc1b4139f7195" * 4,
    "known": {"A1": 10, "B1": 4, "B2": 3},
    "peers": {},
    "pending": 0,
    "clock_behind_ms": 0,
    "clock_ahead_ms": 0,
    "clock_warning": False,
    "clock_off": {"B2": 5 * 365 * 24 * 3600 * 1000},
    "clock_majority": True,
    "desks": {"A1": "signed", "B1": "revoked", "B2": "signed", "C1": "unsigned"},
    "forks": {"B1": 7},
    "set_aside": 2,
}


def test_the_banner_names_the_desk_whose_clock_is_off_and_the_alarms(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SyncStatusView()
    qtbot.addWidget(view)
    view.show_status(STATUS)
    text = view.clock_banner.text()
    assert not view.clock_banner.isHidden()
    assert "报到台 B2 的时钟比多数报到台快了约" in text
    assert "报到台 B1 有两份不同的历史（自第 7 条操作起）" in text
    assert "已吊销的报到台：B1" in text and "C1" in text and "升级到同一版本" in text
    view.show_status(STATUS | {"clock_off": {}, "forks": {}, "desks": {}, "clock_ahead_ms": 600000})
    assert view.clock_banner.text().startswith("本机时钟比多数报到台快了约 10 分钟")
    view.show_status(STATUS | {"clock_off": {}, "forks": {}, "desks": {}})
    assert view.clock_banner.isHidden()
