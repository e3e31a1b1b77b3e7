"""设置 → 会议设置 in the window: an event made with `new` set up by hand, from the keyboard,
then the desk takes money for it; a desk task the event lacks setup for goes there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from huiwu_desk.bootstrap import create_event, open_event
from huiwu_desk.services import attendees
from huiwu_desk.services.setup_plan import read_setup
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.settings_page import SettingsPage
from huiwu_desk.ui.pages.setup_page import SetupPanel

from .desk_helpers import commit, open_desk, press, scan, settle, type_text, wait_dialog


def new_event_with_one_person(path: Path) -> str:
    store = create_event(path, "2027 肿瘤学大会", "A1")
    code = attendees.add_attendee(
        store.uow, store.context(store.default_operator), {"name": "张三", "gender": "M"}
    ).result
    store.close()
    return code


def setup_panel(window) -> SetupPanel:  # type: ignore[no-untyped-def]
    window.show_page(PageId.SETTINGS)
    page = window.pages[PageId.SETTINGS]
    assert isinstance(page, SettingsPage)
    return page.setup


def cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Go to the cell, type over it (Chinese through the input method), Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    if text.isascii():
        for ch in text:  # the first key opens the cell's editor; the rest go to it
            type_text(qtbot, ch)
    else:
        press(qtbot, Qt.Key.Key_F2)  # edit, then the IME commits the characters
        commit(text)
    press(qtbot, Qt.Key.Key_Return)


def save(qtbot, panel: SetupPanel, said: str) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: said in panel.result.text(), timeout=5000)


def test_a_new_event_is_set_up_by_hand_and_the_desk_takes_money(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.huiwu"
    code = new_event_with_one_person(path)
    window, desk = open_desk(desk_app, qtbot, path)
    panel = setup_panel(window)
    settle(qtbot, desk)

    # 参会类别: one row typed in the table (Insert adds it)
    panel.show_part("categories")
    table = panel.part("categories").table  # type: ignore[attr-defined]
    table.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    cell(qtbot, table, 0, 0, "代表")
    save(qtbot, panel, "已保存")

    # 收费项目: the item, and its price for 代表
    panel.show_part("fees")
    fees = panel.part("fees")
    fees.items.setFocus()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Insert)
    cell(qtbot, fees.items, 0, 0, "会务费")  # type: ignore[attr-defined]
    fees.prices.setFocus()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Insert)
    cell(qtbot, fees.prices, 0, 0, "会务费")  # type: ignore[attr-defined]
    cell(qtbot, fees.prices, 0, 1, "代表")  # type: ignore[attr-defined]
    cell(qtbot, fees.prices, 0, 2, "1,600")  # type: ignore[attr-defined]
    save(qtbot, panel, "已保存")

    # 酒店房间: a range typed on one line
    panel.show_part("rooms")
    rooms = panel.part("rooms")
    rooms.hotel.setFocus()  # type: ignore[attr-defined]
    commit("会议中心酒店")
    rooms.range.setFocus()  # type: ignore[attr-defined]
    type_text(qtbot, "301-305 2")
    press(qtbot, Qt.Key.Key_Return)
    assert rooms.table.rowCount() == 5  # type: ignore[attr-defined]
    save(qtbot, panel, "已保存")

    with open_event(path, write=False) as reader:  # what the file holds, read beside the window
        got = read_setup(reader.uow)
    assert [c.name for c in got.categories] == ["代表"]
    assert [(f.item, f.category, f.early_fen) for f in got.fees] == [("会务费", "代表", 160000)]
    assert [r.number for r in got.rooms] == ["301", "302", "303", "304", "305"]

    # the desk: 张三 is put in 代表 (as F6 does, through the window's session) and pays with F2
    cat = next(c.id for c in got.categories if c.name == "代表")
    window.session.run_use_case(attendees.update_attendee, code, {"category_id": cat})
    settle(qtbot, desk)
    window.show_page(PageId.DESK)
    scan(qtbot, desk, code)
    press(qtbot, Qt.Key.Key_F2)
    wait_dialog(qtbot, desk, "paymentDialog")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "收据号" in desk.result.text(), timeout=5000)
    assert "¥1,600.00" in desk.result.text()


def test_f2_on_an_event_without_fee_items_goes_to_the_fees_page(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new.huiwu"
    code = new_event_with_one_person(path)
    window, desk = open_desk(desk_app, qtbot, path)
    scan(qtbot, desk, code)
    press(qtbot, Qt.Key.Key_F2)
    panel = window.pages[PageId.SETTINGS].setup  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.current_page() is PageId.SETTINGS, timeout=5000)
    assert panel.current().key == "fees"
    assert "收费项目" in panel.result.text()
    assert desk.tasks.dialog is None  # no payment dialog for money that cannot be recorded


def test_a_price_change_that_touches_payers_asks_first(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.domain.setup_model import CategorySetup, FeeItemSetup, FeeSetup, Setup
    from huiwu_desk.services import desk as desk_service
    from huiwu_desk.services.setup_plan import apply_setup

    path = tmp_path / "new.huiwu"
    code = new_event_with_one_person(path)
    with open_event(path) as store:
        ctx = store.context(store.default_operator)
        apply_setup(
            store.uow,
            ctx,
            Setup(
                categories=[CategorySetup("代表")],
                fee_items=[FeeItemSetup("会务费")],
                fees=[FeeSetup("会务费", "代表", 160000)],
            ),
        )
        cat = read_setup(store.uow).categories[0].id
        attendees.update_attendee(store.uow, ctx, code, {"category_id": cat})
        desk_service.record_payment(store.uow, ctx, code, 160000, "cash")
    window, _desk = open_desk(desk_app, qtbot, path)
    panel = setup_panel(window)
    panel.show_part("fees")
    fees = panel.part("fees")
    qtbot.waitUntil(lambda: fees.prices.rowCount() == 1)  # type: ignore[attr-defined]
    cell(qtbot, fees.prices, 0, 2, "1800")  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.confirm_box is not None, timeout=5000)
    box = panel.confirm_box
    assert "已缴费的 1 人" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: "未保存" in panel.result.text())
    with open_event(path, write=False) as reader:
        assert read_setup(reader.uow).fees[0].early_fen == 160000  # nothing changed
    QApplication.processEvents()


def test_a_new_event_goes_on_to_its_setup_and_copies_an_earlier_one(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.domain.setup_model import CategorySetup, FeeItemSetup, FeeSetup, Setup
    from huiwu_desk.services.setup_plan import apply_setup
    from huiwu_desk.ui.dialogs.new_event_dialog import NewEvent

    last_year = tmp_path / "2026.huiwu"
    with create_event(last_year, "2026 年会", "A1") as store:
        apply_setup(
            store.uow,
            store.context(store.default_operator),
            Setup(
                categories=[CategorySetup("代表"), CategorySetup("学生")],
                fee_items=[FeeItemSetup("会务费")],
                fees=[FeeSetup("会务费", "代表", 160000), FeeSetup("会务费", "学生", 80000)],
            ),
        )
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    path = tmp_path / "2027.huiwu"
    window.create_new(NewEvent("2027 年会", "A1", path))
    qtbot.waitUntil(lambda: window.current_page() is PageId.SETTINGS, timeout=5000)
    panel = setup_panel(window)
    assert panel.welcome_row.isVisible()  # the steps from here to the first check-in
    panel.copy_from(last_year)
    qtbot.waitUntil(lambda: "已保存" in panel.result.text(), timeout=5000)
    with open_event(path, write=False) as reader:
        got = read_setup(reader.uow)
    assert got.event is not None and got.event.name == "2027 年会"
    assert {(f.category, f.early_fen) for f in got.fees} == {("代表", 160000), ("学生", 80000)}
    # the parts show what was copied, and the next step is the roster
    qtbot.waitUntil(lambda: panel.part("categories").table.rowCount() == 2)  # type: ignore[attr-defined]
    assert panel.roster_button.isVisible()
