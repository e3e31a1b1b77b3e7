"""Nothing typed or scanned resizes the window (issue 13, finding 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from huiwu_desk.ui.app import DeskApp
from tests.ui.desk_helpers import open_desk, press, settle, small_event_file, type_text


def test_a_200_character_scan_keeps_the_window_at_desk_laptop_size(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    type_text(qtbot, "A1" + "7" * 198)  # a scanner gone wild, or a pasted paragraph
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: "7777" in page.result.text())
    qtbot.wait(50)  # let the layout settle
    assert window.width() == 1366
    assert window.minimumSizeHint().width() <= 1366
    assert page.result.width() < 1366


def test_the_payment_dialog_keeps_all_six_methods_in_sight_when_it_warns(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.desk_helpers import scan, wait_dialog

    ev = small_event_file(tmp_path / "event.huiwu")
    window, page = open_desk(desk_app, qtbot, ev.store.path)
    window.resize(1366, 768)
    scan(qtbot, page, ev.codes["王五"])  # an expert: nothing due, so any amount warns
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    methods = dialog.methods

    def all_in_sight() -> bool:
        last = methods.visualItemRect(methods.item(methods.count() - 1))
        return methods.count() == 6 and last.bottom() <= methods.viewport().height()

    assert all_in_sight()
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "800")
    press(qtbot, Qt.Key.Key_Return)  # 此人没有待收费用…确实要再收…请再按回车
    qtbot.waitUntil(lambda: dialog.warning.isVisible())
    qtbot.wait(50)
    assert all_in_sight()
    press(qtbot, Qt.Key.Key_Escape)


def test_english_column_titles_of_the_attendees_list_are_not_cut(
    desk_app: DeskApp, tmp_path: Path, qtbot, qapp
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt as QtCore_Qt

    from huiwu_desk.ui.app import setup_application
    from huiwu_desk.ui.pages import PageId

    setup_application(qapp, "en")
    ev = small_event_file(tmp_path / "event.huiwu")
    window, _page = open_desk(desk_app, qtbot, ev.store.path)
    window.resize(1366, 768)
    window.show_page(PageId.ATTENDEES)
    table = window.pages[PageId.ATTENDEES].table
    header = table.horizontalHeader()
    titles = {
        str(table.model().headerData(n, QtCore_Qt.Orientation.Horizontal)): n
        for n in range(table.model().columnCount())
    }
    assert "Gender" in titles
    for title, n in titles.items():
        if not table.isColumnHidden(n):
            room = header.fontMetrics().horizontalAdvance(title) + 16  # padding, sort arrow
            assert table.columnWidth(n) >= room, title


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_fits_a_1366x768_laptop_at_125_percent(
    desk_app: DeskApp, tmp_path: Path, qtbot, qapp, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """At 125 % a 1366×768 screen is 1092×614 for Qt: no page may ask the window for more."""
    from huiwu_desk.ui.app import setup_application

    setup_application(qapp, lang)
    ev = small_event_file(tmp_path / "event.huiwu")
    window, _page = open_desk(desk_app, qtbot, ev.store.path)
    while window.pages.build_one():
        pass
    qtbot.wait(20)
    needed = window.minimumSizeHint()
    assert needed.width() <= 1366 * 4 // 5 and needed.height() <= 768 * 4 // 5, needed
