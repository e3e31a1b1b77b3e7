"""排房 (Ctrl+5, issue 16): the grid of rooms × nights and the waiting list, driven by keys as
a desk does — 排入 (with a supervisor when genders would mix), 换房 ("酒店/房号"), 退房, 对调,
住期 and 排房建议 — the same use cases as F4 and ``room`` on a real event file; what is asserted
is what a person sees (cells, rows, the result line).

The event: 会议中心酒店 301 (twin: 张三, 单雄信), 302 (king: 王五), 303 (twin: 李四) and
华美酒店 301 (twin, empty), three nights; 赵敏 (F) and 孙七 (M) wait for a bed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from huiwu_desk.bootstrap import open_event
from huiwu_desk.domain.model import RoomType
from huiwu_desk.services import attendees, operators, printing, rooms, setup
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.rooms_page import RoomsPage

from ..conftest import SmallEvent, build_small_event
from ..integration.printing_support import text_outside_rasters
from .desk_helpers import commit, focused, open_desk, press, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PIN = "2468"


def rooms_event(path: Path, printer: Path | None = None) -> SmallEvent:
    ev = build_small_event(path)
    uow, ctx = ev.uow, ev.ctx
    for name in ("张三", "李四", "王五", "单雄信"):
        attendees.update_attendee(uow, ctx, ev.codes[name], {"needs_room": True})
    for name, gender in (("赵敏", "F"), ("孙七", "M")):
        fields = {"name": name, "gender": gender, "unit": "协和医院", "needs_room": True}
        ev.codes[name] = attendees.add_attendee(uow, ctx, fields).result
    with uow.reading():
        (hotel,) = uow.rooms.hotel_names()
    setup.add_room(uow, ctx, hotel, "303", RoomType.TWIN, 2)
    for name, number in (("张三", "301"), ("单雄信", "301"), ("王五", "302"), ("李四", "303")):
        rooms.assign_room(uow, ctx, ev.codes[name], number)
    other = setup.add_hotel(uow, ctx, "华美酒店").result
    setup.add_room(uow, ctx, other, "301", RoomType.TWIN, 2)
    operators.set_pin(uow, ctx, "王芳", PIN)
    if printer is not None:
        printing.set_printer(uow, "receipt", f"escpos-file://{printer}")
    ev.store.close()
    return ev


def open_rooms(desk_app: DeskApp, qtbot, path: Path) -> tuple[MainWindow, RoomsPage]:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    press(qtbot, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: window.current_page() is PageId.ROOMS)
    page = window.pages[PageId.ROOMS]
    assert isinstance(page, RoomsPage)
    settle(qtbot, page)
    return window, page


def settle(qtbot, page: RoomsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.session.ops.pending == 0 and not page.loading)


def rows(page: RoomsPage) -> list[str]:
    """Each row as the grid reads it: hotel, number, then the three nights."""
    m = page.model
    return [
        " | ".join(str(m.index(r, c).data()) for c in (0, 1, 5, 6, 7)) for r in range(m.rowCount())
    ]


def night(page: RoomsPage, hotel: str, number: str, i: int = 0) -> str:
    m = page.model
    for r in range(m.rowCount()):
        room = m.room_at(r)
        if room is not None and room.hotel == hotel and room.number == number:
            return str(m.index(r, m.first_night_column + i).data())
    raise AssertionError(f"{hotel}/{number} is not shown")


def waiting(page: RoomsPage) -> list[str]:
    m = page.waiting
    return [str(m.index(r, 1).data()) for r in range(m.rowCount())]


def go_to_cell(qtbot, page: RoomsPage, hotel: str, number: str, i: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Alt+R to the grid, then ↓/→ to the room and the night, as a person does."""
    press(qtbot, Qt.Key.Key_R, ALT)
    assert page.grid.hasFocus()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    target = next(
        r for r in range(page.model.rowCount())
        if (page.model.room_at(r).hotel, page.model.room_at(r).number) == (hotel, number)
    )  # fmt: skip
    for _ in range(target):
        press(qtbot, Qt.Key.Key_Down)
    while page.grid.currentIndex().column() < page.model.first_night_column + i:
        press(qtbot, Qt.Key.Key_Right)
    assert page.current_room().number == number and page.current_room().hotel == hotel


def choose_waiting(qtbot, page: RoomsPage, name: str) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_W, ALT)
    assert page.waiting_view.hasFocus()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    while page.current_waiting().name != name:
        press(qtbot, Qt.Key.Key_Down)


def closed(qtbot, page: RoomsPage) -> None:  # type: ignore[no-untyped-def]
    """The dialog is gone and the view acted from has the keyboard again."""
    qtbot.waitUntil(lambda: page.actions.dialog is None)
    qtbot.waitUntil(lambda: focused() in (page.grid, page.waiting_view))


def wait_result(qtbot, page: RoomsPage, text: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in page.result.text())
    settle(qtbot, page)
    if page.actions.dialog is None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return page.result.text()


def wait_dialog(qtbot, page: RoomsPage, name: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.actions.dialog is not None and page.actions.dialog.isVisible())
    dialog = page.actions.dialog
    assert dialog.objectName() == name
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def test_the_grid_shows_who_sleeps_where_and_who_waits(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    assert rows(page) == [
        "会议中心酒店 | 301 | 张三、单雄信 | 张三、单雄信 | 张三、单雄信",
        "会议中心酒店 | 302 | 王五 | 王五 | 王五",
        "会议中心酒店 | 303 | 李四 · 空 1 | 李四 · 空 1 | 李四 · 空 1",
        "华美酒店 | 301 | 空 2 | 空 2 | 空 2",
    ]
    header = page.model.headerData(5, Qt.Orientation.Horizontal)
    assert header == "11-27\n空床 3"
    assert page.filters.count.text() == "4 / 4 间"
    assert waiting(page) == ["赵敏", "孙七"]
    assert page.waiting_label.text() == "待排(&W)：2 人"
    assert page.summary.text() == "每晚用房（间）/空床（张）：11-27 3/3　11-28 3/3　11-29 3/3"
    tip = page.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "张三" in tip and "已住满" in tip


def test_assign_a_waiting_person_by_keyboard_updates_grid_and_list(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    choose_waiting(qtbot, page, "孙七")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the list: on to the grid
    assert page.grid.hasFocus()
    go_to_cell(qtbot, page, "会议中心酒店", "303")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the grid: 排入
    text = wait_result(qtbot, page, "已排入")
    assert text == "✓ 孙七 已排入 303（11-27–11-29）。"
    assert night(page, "会议中心酒店", "303", 2) == "李四、孙七"
    assert waiting(page) == ["赵敏"]
    assert page.waiting_label.text() == "待排(&W)：1 人"
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "11-27\n空床 2"
    # the waiting list keeps its place: the next person is chosen for the next 排入
    assert page.current_waiting().name == "赵敏"


def test_mixing_genders_needs_a_supervisor(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    choose_waiting(qtbot, page, "赵敏")
    go_to_cell(qtbot, page, "会议中心酒店", "303")
    press(qtbot, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, page, "approveDialog")
    why = dialog.findChild(QLabel, "approveWhy").text()
    assert why == "303 已住男性，不能排入女性 赵敏（合住同一性别；主管批准可例外）。"
    press(qtbot, Qt.Key.Key_Escape)  # not approved: nothing happens
    closed(qtbot, page)
    assert night(page, "会议中心酒店", "303") == "李四 · 空 1"
    press(qtbot, Qt.Key.Key_Return)  # again, and this time 王芳 approves with her PIN
    dialog = wait_dialog(qtbot, page, "approveDialog")
    assert dialog.approval.supervisor.currentText() == "王芳"
    type_text(qtbot, PIN)
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "已排入") == "✓ 赵敏 已排入 303（11-27–11-29）。"
    assert night(page, "会议中心酒店", "303") == "李四、赵敏"
    assert waiting(page) == ["孙七"]


def test_move_says_why_not_and_changes_nothing_then_moves(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    slip = tmp_path / "slip.bin"  # the receipt printer: the key envelope's slip
    ev = rooms_event(tmp_path / "event.huiwu", printer=slip)
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    go_to_cell(qtbot, page, "会议中心酒店", "303", 1)
    before = rows(page)
    for typed, sentence in (
        ("301", "房号 301 在多家酒店都有（"),  # (会议中心酒店、华美酒店, in either order)
        ("302", None),  # 王五's: genders would mix, so a supervisor is asked first
    ):
        press(qtbot, Qt.Key.Key_M)
        wait_dialog(qtbot, page, "askDialog")
        type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
        if sentence is None:
            wait_dialog(qtbot, page, "approveDialog")
            press(qtbot, Qt.Key.Key_Escape)
            closed(qtbot, page)
        else:
            text = wait_result(qtbot, page, "请写成")
            assert text.startswith("✗ " + sentence) and text.endswith("请写成“酒店/房号”。")
            assert "会议中心酒店" in text and "华美酒店" in text
    # into a full room of men: the use case's sentence, and the grid as it was
    press(qtbot, Qt.Key.Key_M)
    wait_dialog(qtbot, page, "askDialog")
    commit("会议中心酒店/301")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "已住满")
    assert text == "✗ 房间 301 在 2026-11-27 已住满（2 床）。"
    assert rows(page) == before
    # "酒店/房号" of a free room: out of 303 and into 华美酒店 301 in one step
    press(qtbot, Qt.Key.Key_M)
    wait_dialog(qtbot, page, "askDialog")
    commit("华美酒店/301")
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "已换到") == "✓ 李四 已换到 华美酒店/301。 正在打印住宿凭单。"
    qtbot.waitUntil(lambda: slip.exists() and slip.stat().st_size > 200, timeout=15000)
    assert b"301" in text_outside_rasters(slip.read_bytes())
    assert night(page, "会议中心酒店", "303", 1) == "空 2"
    assert night(page, "华美酒店", "301", 1) == "李四 · 空 1"
    assert page.grid.hasFocus()


def test_release_after_a_confirm(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    go_to_cell(qtbot, page, "会议中心酒店", "302")
    press(qtbot, Qt.Key.Key_Delete)
    box = wait_dialog(qtbot, page, "releaseConfirm")
    assert isinstance(box, QMessageBox)
    assert box.text() == f"让 王五（{ev.codes['王五']}）退房？房间 302 的床位将全部退掉。"
    press(qtbot, Qt.Key.Key_Escape)  # no: nothing changes
    closed(qtbot, page)
    assert night(page, "会议中心酒店", "302") == "王五"
    press(qtbot, Qt.Key.Key_Delete)
    wait_dialog(qtbot, page, "releaseConfirm")
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "退房") == "✓ 王五 已退房。"
    assert night(page, "会议中心酒店", "302") == "空 1"
    assert waiting(page) == ["王五", "赵敏", "孙七"]


def test_swap_two_placed_people_choosing_one_of_a_shared_cell(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    go_to_cell(qtbot, page, "会议中心酒店", "301")
    press(qtbot, Qt.Key.Key_S)
    choice = wait_dialog(qtbot, page, "choiceDialog")  # two in the cell: which one?
    items = [choice.list.item(n).text() for n in range(choice.list.count())]
    assert sorted(items) == sorted(
        [f"张三（{ev.codes['张三']}）", f"单雄信（{ev.codes['单雄信']}）"]
    )
    while not choice.list.currentItem().text().startswith("张三"):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    ask = wait_dialog(qtbot, page, "askDialog")
    question = ask.findChild(QLabel, "askQuestion").text()
    assert question == f"张三（{ev.codes['张三']}）与谁对调房间？"
    type_text(qtbot, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "对调") == "✓ 张三 与 李四 已对调房间。"
    assert sorted(night(page, "会议中心酒店", "301").split("、")) == ["单雄信", "李四"]
    assert night(page, "会议中心酒店", "303") == "张三 · 空 1"
    # someone without a bed cannot be swapped: the sentence, nothing changes
    go_to_cell(qtbot, page, "会议中心酒店", "303")
    press(qtbot, Qt.Key.Key_S)
    wait_dialog(qtbot, page, "askDialog")
    type_text(qtbot, ev.codes["孙七"])
    press(qtbot, Qt.Key.Key_Return)
    assert wait_result(qtbot, page, "孙七") == "✗ 孙七 还没有房间，不能换房对调。"
    assert night(page, "会议中心酒店", "303") == "张三 · 空 1"


def test_the_search_box_picks_the_sleeper_and_filters_narrow_the_rows(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = rooms_event(tmp_path / "event.huiwu")
    _window, page = open_rooms(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_S, ALT)
    assert page.search.hasFocus()
    type_text(qtbot, "303")
    assert [r.split(" | ")[1] for r in rows(page)] == ["303"]
    page.search.clear()
    commit("单雄信")  # a sleeper's name: their room, and they are the one acted on
    assert [r.split(" | ")[1] for r in rows(page)] == ["301"]
    assert page.filters.count.text() == "1 / 4 间"
    press(qtbot, Qt.Key.Key_Return)  # to the grid
    assert page.grid.hasFocus()
    press(qtbot, Qt.Key.Key_Delete)  # no question which of the two: the one searched for
    box = wait_dialog(qtbot, page, "releaseConfirm")
    assert box.text().startswith("让 单雄信")
    press(qtbot, Qt.Key.Key_Escape)
    closed(qtbot, page)
    page.search.clear()
    assert len(rows(page)) == 4
    press(qtbot, Qt.Key.Key_H, ALT)  # 酒店
    assert page.filters.hotel.hasFocus()
    while page.filters.hotel.currentText() != "华美酒店":
        press(qtbot, Qt.Key.Key_Down)
    assert rows(page) == ["华美酒店 | 301 | 空 2 | 空 2 | 空 2"]
    press(qtbot, Qt.Key.Key_Home)  # 全部 again
    press(qtbot, Qt.Key.Key_X, ALT)  # 性别: rooms a woman can take
    while page.filters.gender.currentText() != "可住女":
        press(qtbot, Qt.Key.Key_Down)
    assert [r.split(" | ")[:2] for r in rows(page)] == [
        ["会议中心酒店", "302"],
        ["华美酒店", "301"],
    ]
    press(qtbot, Qt.Key.Key_K, ALT)  # 只看有空床
    qtbot.waitUntil(page.filters.free_only.isChecked)  # a mnemonic clicks the box (animated)
    assert [r.split(" | ")[:2] for r in rows(page)] == [["华美酒店", "301"]]


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
