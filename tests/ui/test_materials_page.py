"""资料 (Ctrl+4) by keyboard: stock received with a reason, 代领 recorded with the picker's
name from F3, documents returned by one scan — on an event built through the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import desk, setup
from huiwu_desk.services.materials import listing, returns
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.materials_page import MaterialsPage

from .desk_helpers import (
    commit,
    focused,
    open_desk,
    press,
    scan,
    small_event_file,
    type_text,
    wait_dialog,
    wait_result,
)


def materials_page(desk_app: DeskApp, qtbot, path: Path) -> MaterialsPage:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page() is PageId.MATERIALS)
    page = window.pages[PageId.MATERIALS]
    assert isinstance(page, MaterialsPage)
    qtbot.waitUntil(lambda: page.stock.rowCount() == 3)
    return page


def cells(view, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.item(row, c).text() for c in range(view.columnCount())]


def line(view, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return next(cells(view, r) for r in range(view.rowCount()) if view.item(r, 0).text() == name)


def test_stock_received_with_a_reason(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    page = materials_page(desk_app, qtbot, ev.store.path)
    assert page.low.isVisible() and "资料袋（剩 2）" in page.low.text()  # 2 bags: low
    assert line(page.stock, "资料袋")[:5] == ["资料袋", "2", "0", "0", "2"]
    page.item.setFocus()
    press(qtbot, Qt.Key.Key_End)  # the combo box is ordered as the table: 会议手册 … 资料袋
    assert page.item.currentText() == "资料袋"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.qty
    type_text(qtbot, "+50")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.reason
    commit("会务公司第二批送到")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "入库" in page.result.text())
    assert page.result.text() == "✓ “资料袋”入库 50，现剩余 52。"
    qtbot.waitUntil(lambda: line(page.stock, "资料袋")[4] == "52")
    assert "资料袋" not in page.low.text() and "纪念品（剩 10）" in page.low.text()
    qtbot.waitUntil(lambda: page.history.count() == 1)
    assert page.history.item(0).text() == "+50　会务公司第二批送到（李娜）"
    # no reason: refused, nothing recorded
    page.qty.setFocus()
    type_text(qtbot, "-3")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "原因" in page.result.text())
    assert page.result.text() == "✗ 调整库存需要填写原因。"
    with open_event(ev.store.path, write=False) as store:
        assert [m.reason for m in listing.history(store.uow, ev.materials["bag"])] == [
            "会务公司第二批送到"
        ]


def test_proxy_pickup_then_return_by_scan(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        setup.add_material(store.uow, ctx, "保密文件", 20, returnable=True)
        desk.hand_out(store.uow, ctx, ev.codes["李四"], ["保密文件"])
    window, desk_page = open_desk(desk_app, qtbot, ev.store.path)
    # F3 at the desk: 刘医生 picks up 张三's bag and book for him
    scan(qtbot, desk_page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F3)
    dialog = wait_dialog(qtbot, desk_page, "handoutDialog")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "proxyName"
    commit("刘医生")
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, desk_page, "已发给")
    assert text == "✓ 已发给 张三（刘医生 代领）：资料袋、会议手册。"
    assert dialog is not None
    # the 资料 page lists it; 清退 takes 李四's document back with one scan
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page() is PageId.MATERIALS)
    page = window.pages[PageId.MATERIALS]
    assert isinstance(page, MaterialsPage)
    qtbot.waitUntil(lambda: page.proxies.rowCount() == 2)
    assert {cells(page.proxies, r)[5] for r in range(2)} == {"刘医生"}
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.scan.hasFocus)
    assert page.held.rowCount() == 1
    assert cells(page.held, 0)[:6] == ["保密文件", "李四", ev.codes["李四"], "四川大学华西医院",
                                       "13912345678", "1"]  # fmt: skip
    assert page.held_count.text() == "未清退：1 人，1 份。"
    type_text(qtbot, ev.codes["李四"])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已退回" in page.result.text())
    assert page.result.text() == "✓ 李四 已退回：保密文件。"
    qtbot.waitUntil(lambda: page.held.rowCount() == 0)
    assert page.held_count.text() == "需清退的文件都已退回。"
    assert page.scan.hasFocus()
    type_text(qtbot, ev.codes["李四"])  # a second scan: nothing left to return
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "没有待清退" in page.result.text())
    with open_event(ev.store.path, write=False) as store:
        assert returns.outstanding(store.uow) == []
