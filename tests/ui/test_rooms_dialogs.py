"""排房 (issue 16): 住期 (the stay dialog), 排房建议 (preview, apply, a stale proposal), the
keys that reach the grid and the list, and what a cell says about an overbooked room, a closed
night and a 机动 room. The event: rooms_helpers.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import rooms
from huiwu_desk.ui.app import DeskApp

from .desk_helpers import focused, press
from .rooms_helpers import (
    ALT,
    CTRL,
    choose_waiting,
    go_to_cell,
    night,
    open_rooms,
    rooms_event,
    settle,
    wait_dialog,
    wait_result,
    waiting,
)


def test_stay_dialog_refuses_a_departure_before_the_arrival_and_says_what_changed(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    go_to_cell(qtbot, page, "会议中心酒店", "303")  # 李四, the three nights
    press(qtbot, Qt.Key.Key_D)
    dialog = wait_dialog(qtbot, page, "stayDialog")
    assert dialog.dates()[0].isoformat() == "2026-11-27"
    assert dialog.dates()[1].isoformat() == "2026-11-30"
    assert dialog.preview.text() == "住期不变。"
    press(qtbot, Qt.Key.Key_X, ALT)  # 续住一晚: the block ends on the 29th's night
    qtbot.waitUntil(dialog.warning.isVisible)  # (a mnemonic clicks its button, animated)
    assert dialog.warning.text() == "不能再续住：2026-11-30 这一晚不在本会议的住宿期内。"
    press(qtbot, Qt.Key.Key_T, ALT)  # 提前离店
    qtbot.waitUntil(lambda: dialog.dates()[1].isoformat() == "2026-11-29")
    assert dialog.preview.text() == "改为 11-27–11-28，共 2 晚。退掉 11-29 的床位。"
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: dialog.dates()[1].isoformat() == "2026-11-28")
    press(qtbot, Qt.Key.Key_T, ALT)  # one night left: no earlier
    qtbot.waitUntil(dialog.warning.isVisible)
    assert dialog.dates()[1].isoformat() == "2026-11-28"
    assert dialog.warning.text() == "不能再提前：离店日期必须晚于入住日期。"
    # an arrival after the departure, typed: refused, nothing saved
    press(qtbot, Qt.Key.Key_A, ALT)
    assert dialog.arrive.hasFocus()
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.dates()[0].isoformat() == "2026-11-29"
    assert dialog.preview.text() == "离店日期必须晚于入住日期。"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.warning.text() == "离店日期必须晚于入住日期，没有保存。"
    assert page.actions.dialog is dialog
    # arrive a day later instead: the first night's bed is given back
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert [d.isoformat() for d in dialog.dates()] == ["2026-11-28", "2026-11-30"]
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "住期")
    assert text == "✓ 李四 住期改为 11-28–11-29（2 晚）：保留床位 11-28–11-29，退掉 11-27。"
    assert night(page, "会议中心酒店", "303", 0) == "空 2"
    assert night(page, "会议中心酒店", "303", 1) == "李四 · 空 1"
    # 续住 for someone waiting: their line says the new nights
    choose_waiting(qtbot, page, "孙七")
    press(qtbot, Qt.Key.Key_D)
    dialog = wait_dialog(qtbot, page, "stayDialog")
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: dialog.dates()[1].isoformat() == "2026-11-29")
    assert dialog.preview.text() == "改为 11-27–11-28，共 2 晚。不再住 11-29。"
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "孙七 住期")
    assert text == "✓ 孙七 住期改为 11-27–11-28（2 晚）：待排 11-27–11-28。"
    row = page.waiting.row_of(ev.codes["孙七"])
    assert page.waiting.index(row, 4).data() == "11-27–11-28"


def test_pairing_previews_applies_and_refuses_a_stale_proposal(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_P, CTRL)
    dialog = wait_dialog(qtbot, page, "pairingDialog")
    assert dialog.generate.hasFocus() and not dialog.ok_button().isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # 生成建议
    qtbot.waitUntil(lambda: dialog.proposal is not None)
    preview = [
        tuple(dialog.placed.index(r, c).data() for c in range(5))
        for r in range(dialog.placed.rowCount())
    ]
    assert sorted(preview) == sorted(
        [
            (ev.codes["孙七"], "孙七", "303", "11-27–11-29", "同性别拼房"),
            (ev.codes["赵敏"], "赵敏", "华美酒店/301", "11-27–11-29", "同性别拼房"),
        ]
    )
    assert dialog.summary.text() == "建议排入 2 人（2 间房），仍待排 0 人。"
    # meanwhile someone puts 孙七 in 303 by hand: the preview no longer holds
    with qtbot.waitSignal(desk_app.hub.changes_applied):
        desk_app.session.run_use_case(rooms.assign_room, ev.codes["孙七"], "303")
    settle(qtbot, page)
    assert dialog.ok_button().isEnabled() and dialog.ok_button().hasFocus()
    press(qtbot, Qt.Key.Key_Return)  # 应用
    qtbot.waitUntil(lambda: dialog.warning.isVisible())
    assert dialog.warning.text().startswith("排房建议生成后房间已有变动（")
    assert dialog.warning.text().endswith("请重新生成建议。")
    assert not dialog.ok_button().isEnabled() and dialog.generate.hasFocus()
    assert night(page, "华美酒店", "301") == "空 2"  # nothing written
    press(qtbot, Qt.Key.Key_Return)  # generate again
    qtbot.waitUntil(lambda: dialog.proposal is not None and dialog.ok_button().isEnabled())
    assert dialog.summary.text() == "建议排入 1 人（1 间房），仍待排 0 人。"
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "按建议") == "✓ 已按建议排入 1 人，仍待排 0 人。"
    assert page.actions.dialog is None
    assert waiting(page) == []
    assert night(page, "华美酒店", "301") == "赵敏 · 空 1"
    with open_event(ev.store.path, write=False) as store:
        from huiwu_desk.services.rooms.grid import waiting_list

        assert waiting_list(store.uow) == []


def test_keys_reach_the_grid_and_the_list(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    assert page.grid.hasFocus()  # the page opens on the grid
    press(qtbot, Qt.Key.Key_W, ALT)
    assert focused() is page.waiting_view
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is page.grid
    go_to_cell(qtbot, page, "华美酒店", "301")
    press(qtbot, Qt.Key.Key_M)  # 换房 on an empty cell: says so
    text = wait_result(qtbot, page, "没有人")
    assert text == "✗ 这个格子里没有人：请选一个有人住的格子（Alt+R）。"
    press(qtbot, Qt.Key.Key_Return)  # 排入 with nobody chosen in the list? 赵敏 is chosen
    assert wait_result(qtbot, page, "排入") == "✓ 赵敏 已排入 华美酒店/301（11-27–11-29）。"


def test_cells_say_overbooked_closed_and_spare(qapp) -> None:  # type: ignore[no-untyped-def]
    """What two desks offline can leave (three in a twin), a night the hotel does not give,
    a room held back: each cell says so in words and colour (the model alone, no event)."""
    from datetime import date

    from PySide6.QtGui import QBrush

    from huiwu_desk.services.rooms.grid import GridRoom, GridSleeper, RoomGrid
    from huiwu_desk.ui.models.room_grid_model import RoomGridModel

    n1, n2 = date(2026, 11, 27), date(2026, 11, 28)
    a, b, c = (GridSleeper(f"A00{i}", name, "M") for i, name in enumerate(("张三", "李四", "王五")))
    rooms = (
        GridRoom("r1", "会议中心酒店", "301", "twin", 2, "3", False, None, ((a, b, c), (a,))),
        GridRoom("r2", "会议中心酒店", "302", "twin", 2, "3", False, frozenset({n1}), ((), ())),
        GridRoom("r3", "会议中心酒店", "303", "king", 1, "3", True, None, ((), ())),
    )
    grid = RoomGrid((n1, n2), rooms)
    model = RoomGridModel()
    model.set_rooms(grid, list(grid.rooms))

    def cell(row: int, night: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        value = model.index(row, model.first_night_column + night).data(role)
        return value.color().name() if isinstance(value, QBrush) else value

    background = Qt.ItemDataRole.BackgroundRole
    assert cell(0, 0) == "张三、李四、王五" and cell(0, 0, background) == "#ffcecb"
    tip = cell(0, 0, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("11-27：超订！3 人住 2 张床：张三（A000，男）") and "请把一人换到" in tip
    assert cell(0, 1) == "张三 · 空 1" and cell(0, 1, background) == "#fff8c5"
    assert cell(1, 0) == "空 2" and cell(1, 0, background) == "#dafbe1"
    assert cell(1, 1) == "—" and cell(1, 1, background) == "#d0d7de"
    assert cell(1, 1, Qt.ItemDataRole.ToolTipRole) == "11-28：酒店这一晚不提供此房间"
    assert model.index(2, 1).data() == "303 机动"
    assert "机动房" in model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    # free beds per night in the header: not the 机动 room's, not the closed night's
    assert model.headerData(5, Qt.Orientation.Horizontal) == "11-27\n空床 2"
    assert model.headerData(6, Qt.Orientation.Horizontal) == "11-28\n空床 1"
