"""排房 (Ctrl+5, issue 16): the grid of rooms × nights and the waiting list, driven by keys as
a desk does — 排入 (with a supervisor when genders would mix), 换房 ("酒店/房号"), 退房, 对调
and the filters — the same use cases as F4 and ``room`` on a real event file; what is asserted
is what a person sees (cells, rows, the result line). The event: rooms_helpers.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from huiwu_desk.ui.app import DeskApp

from ..integration.printing_support import text_outside_rasters
from .desk_helpers import commit, press, type_text
from .rooms_helpers import (
    ALT,
    PIN,
    choose_waiting,
    closed,
    go_to_cell,
    night,
    open_rooms,
    rooms_event,
    rows,
    wait_dialog,
    wait_result,
    waiting,
)


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
