"""The attendees page: a table over the store, filters, columns, and the way back to the card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import desk
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.attendees_page import AttendeesPage
from huiwu_desk.ui.prefs import Prefs

from .desk_helpers import commit, open_desk, press, scan, small_event_file, wait_result


def shown_names(page: AttendeesPage) -> list[str]:
    model = page.model
    name = next(n for n, c in enumerate(model.columns) if c.key == "name")
    return [model.index(row, name).data() for row in range(model.rowCount())]


def test_filters_columns_and_double_click_to_the_card(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        desk.check_in(store.uow, ctx, ev.codes["李四"])
        desk.record_payment(store.uow, ctx, ev.codes["张三"], 120000, "cash")
    window, desk_page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is PageId.ATTENDEES
    page = window.pages[PageId.ATTENDEES]
    assert isinstance(page, AttendeesPage)
    qtbot.waitUntil(lambda: page.count.text() == "共 4 人")
    qtbot.waitUntil(lambda: shown_names(page) == ["张三", "李四", "王五", "单雄信"])
    assert page.search.hasFocus()

    page.status.setCurrentIndex(page.status.findText("已报到"))
    qtbot.waitUntil(lambda: shown_names(page) == ["李四"])
    assert page.count.text() == "共 1 人"
    checkin = next(n for n, c in enumerate(page.model.columns) if c.key == "checkin")
    assert "A1 李娜" in page.model.index(0, checkin).data()

    page.status.setCurrentIndex(page.status.findText("全部"))
    page.fee_due.setChecked(True)
    qtbot.waitUntil(lambda: shown_names(page) == ["李四", "单雄信"])
    fee = next(n for n, c in enumerate(page.model.columns) if c.key == "fee")
    assert page.model.index(0, fee).data() == "待缴费 ¥1,200.00"
    page.fee_due.setChecked(False)

    page.category.setCurrentIndex(page.category.findText("专家"))
    qtbot.waitUntil(lambda: shown_names(page) == ["王五"])
    page.category.setCurrentIndex(0)

    page.search.setFocus()
    commit("协和")
    qtbot.waitUntil(lambda: shown_names(page) == ["张三", "单雄信"])
    assert page.count.text() == "共 2 人"

    # the user chooses the columns; the choice is remembered
    assert "手机" not in page.visible_columns()
    phone = next(a for a in page.column_menu.actions() if a.text() == "手机")
    phone.trigger()
    assert "手机" in page.visible_columns()
    assert "phone" in Prefs.load().attendee_columns

    # Enter in the filter field goes to the table; ↓ and Enter open that person's card
    page.search.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.hasFocus() and page.table.currentIndex().row() == 0)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() is PageId.DESK)
    qtbot.waitUntil(lambda: desk_page.card_view.name.text() == "单雄信")
    assert desk_page.scan.hasFocus()


def test_table_follows_changes_made_at_the_desk(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, desk_page = open_desk(desk_app, qtbot, ev.store.path)
    page = window.pages[PageId.ATTENDEES]
    assert isinstance(page, AttendeesPage)
    window.show_page(PageId.ATTENDEES)
    page.status.setCurrentIndex(page.status.findText("未报到"))
    qtbot.waitUntil(lambda: page.count.text() == "共 4 人")
    window.show_page(PageId.DESK)
    scan(qtbot, desk_page, ev.codes["王五"])
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, desk_page, "报到成功")
    window.show_page(PageId.ATTENDEES)
    qtbot.waitUntil(lambda: page.count.text() == "共 3 人")
    assert "王五" not in shown_names(page)
