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


def test_a_supervisor_revokes_a_desk_from_the_sync_page(desk_app, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.ui.dialogs.revoke_dialog import RevokeDialog
    from tests.integration.sync_helpers import exchange, make_desks
    from tests.ui.test_sync_ui import open_sync_page

    a, b = make_desks(tmp_path, 2)
    exchange(b, a, tmp_path)
    a.close()
    b.close()
    _window, page = open_sync_page(desk_app, qtbot, a.path)
    qtbot.waitUntil(lambda: bool(page.status.get("desks")))
    page.revoke_button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, RevokeDialog))
    dialog = page.dialog
    assert isinstance(dialog, RevokeDialog) and dialog.desk_code() == "B1"
    dialog.reason.setText("电脑丢失")
    dialog.accept()
    qtbot.waitUntil(lambda: "已吊销报到台 B1" in page.result.text())
    qtbot.waitUntil(lambda: page.status.get("desks", {}).get("B1") == "revoked")
    assert "已吊销的报到台：B1" in page.status_view.clock_banner.text()
    desk_app.session.close()
    with open_event(a.path, write=False) as store, store.engine.connect() as conn:
        reason = conn.exec_driver_sql("SELECT payload FROM ops WHERE kind = 'desk.revoke'").scalar()
    assert "电脑丢失" in reason
