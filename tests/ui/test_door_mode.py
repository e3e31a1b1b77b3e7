"""门口模式 by keyboard only: 报到 → 门口模式 (Ctrl+Shift+D), the point chosen with Enter, then
scans into the full-screen door window — green 请进, red 已用过 on a second scan, red for a
code nobody has — and Esc twice to leave. On an event built through the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services.doors import points as door_points
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.doors.door_window import DoorWindow

from .desk_helpers import focused, open_desk, press, small_event_file, type_text


def door_event(tmp_path: Path):  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        door_points.add_point(store.uow, ctx, "开幕式", "session", once=True)
        door_points.add_point(store.uow, ctx, "午餐 12-03", "meal")
    return ev


def enter_door(desk_app: DeskApp, qtbot, path: Path, point: str = "开幕式") -> DoorWindow:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    press(
        qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: getattr(window, "door_dialogs", None) is not None
                    and window.door_dialogs.dialog is not None)  # fmt: skip
    dialog = window.door_dialogs.dialog
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    for _ in range(dialog.list.count()):  # ↓ to the point
        if dialog.list.currentItem().text().startswith(point):
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "door_window", None) is not None)
    door = window.door_window
    assert isinstance(door, DoorWindow)
    qtbot.waitExposed(door)
    door.activateWindow()
    qtbot.waitUntil(door.scan.hasFocus)
    return door


def scan(qtbot, door: DoorWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    before = len(door.timings)
    assert focused() is door.scan
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(door.timings) > before)


def test_door_green_then_red_already_used(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = door_event(tmp_path)
    door = enter_door(desk_app, qtbot, ev.store.path)
    assert door.point == "开幕式" and door.isFullScreen()
    assert door.panel.reason.text() == "请扫描证件"
    scan(qtbot, door, ev.codes["张三"])
    assert door.panel.state == "ok"
    assert door.panel.reason.text() == "✓ 请进"
    assert door.panel.name.text() == "张三"
    assert door.panel.detail.text() == "代表 · 北京协和医院"
    assert door.count.text() == "已进 1　拒绝 0"
    scan(qtbot, door, ev.codes["张三"])
    assert door.panel.state == "refused"
    assert "用过" in door.panel.reason.text() and door.panel.reason.text().startswith("✗ 已于")
    assert door.count.text() == "已进 1　拒绝 1"
    scan(qtbot, door, "NOBODY-9")
    assert door.panel.state == "refused"
    assert door.panel.reason.text() == "✗ 查无此人，请到报到台"
    assert [door.recent.item(n).text().split("  ")[2] for n in range(3)] == [
        "NOBODY-9",
        "张三",
        "张三",
    ]
    assert door.scan.hasFocus()
    # Esc once does not leave; twice does, and the desk has the keyboard again
    press(qtbot, Qt.Key.Key_Escape)
    assert door.isVisible() and door.hint.text() == "再按一次 Esc 离开门口模式"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not door.isVisible())
    with open_event(ev.store.path, write=False) as store:
        lines = {p.name: p for p in door_points.point_list(store.uow)}
        assert (lines["开幕式"].admitted, lines["开幕式"].refused) == (1, 2)


def test_door_reopened_shows_the_last_scans_and_count(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = door_event(tmp_path)
    with open_event(ev.store.path) as store:
        from huiwu_desk.services.doors import scan as door_scan

        door_scan.scan(store.uow, store.context("李娜"), "开幕式", ev.codes["李四"])
    door = enter_door(desk_app, qtbot, ev.store.path)
    qtbot.waitUntil(lambda: door.recent.count() == 1)
    assert "李四" in door.recent.item(0).text()
    qtbot.waitUntil(lambda: door.count.text() == "已进 1　拒绝 0")
