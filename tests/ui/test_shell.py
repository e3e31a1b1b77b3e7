"""The window shell: start page, desk page scanning, status bar, errors."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import queries
from huiwu_desk.ui.actions import ActionId
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.desk_page import DeskPage

from .conftest import EventFile, error_boxes


def open_window(desk_app: DeskApp, qtbot, path: Path | None) -> MainWindow:  # type: ignore[no-untyped-def]
    if path is not None:
        desk_app.session.open(path, block=True)
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    return window


def desk_page(window: MainWindow) -> DeskPage:
    page = window.pages[PageId.DESK]
    assert isinstance(page, DeskPage)
    return page


def scan(qtbot, page: DeskPage, code: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def scan_and_check_in(qtbot, page: DeskPage, code: str) -> None:  # type: ignore[no-untyped-def]
    """The scan selects the person (their card), Enter checks them in."""
    before = page.card
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: page.card is not None and page.card is not before)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def test_start_page_when_no_event(desk_app: DeskApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, None)
    assert window.central.currentWidget() is window.start_page
    assert window.current_page() is None
    assert not window.registry[ActionId.CLOSE_EVENT].isEnabled()
    assert window.status.event_label.text() == "未打开会议"


def test_opens_on_desk_page_with_scan_field_focused(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    page = desk_page(window)
    assert window.current_page() is PageId.DESK
    assert "测试学术年会" in window.windowTitle()
    qtbot.waitUntil(lambda: page.scan.hasFocus())
    assert window.status.desk_label.text() == "报到台 A1"
    qtbot.waitUntil(lambda: window.status.counter_label.text() == "已报到 0 / 总数 3")


def test_scan_checks_in_then_refuses_second_scan(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    page = desk_page(window)
    code = event_file.codes["张三"]

    scan_and_check_in(qtbot, page, code)
    qtbot.waitUntil(lambda: "报到成功" in page.result.text())
    assert "张三" in page.result.text()
    assert page.scan.text() == ""
    assert page.scan.hasFocus()
    qtbot.mouseClick(page.result, Qt.MouseButton.LeftButton)
    below_items = QPoint(10, window.nav.viewport().height() - 10)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=below_items)
    assert window.current_page() is PageId.DESK
    assert page.scan.hasFocus()  # a click elsewhere must not take the scanner's keystrokes
    store = desk_app.session.store
    assert store is not None
    hit = desk_app.ops.call(queries.search, store.uow, code, 5)[0]
    assert hit.code == code and hit.checked_in
    qtbot.waitUntil(lambda: window.status.counter_label.text() == "已报到 1 / 总数 3")

    scan_and_check_in(qtbot, page, code)
    qtbot.waitUntil(lambda: "✗ 张三：已于" in page.result.text())
    assert re.search(r"已于 \d\d:\d\d 在 A1 台由 张伟 报到。", page.result.text())
    assert desk_app.ops.call(queries.stats, store.uow).checked_in == 1


def test_unknown_code_and_escape(desk_app: DeskApp, event_file: EventFile, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    page = desk_page(window)
    scan(qtbot, page, "NOPE42")
    qtbot.waitUntil(lambda: "NOPE42" in page.result.text())
    assert "找不到编号" in page.result.text()
    qtbot.keyClicks(page.scan, "A1")
    qtbot.keyClick(page.scan, Qt.Key.Key_Escape)
    assert page.scan.text() == ""
    qtbot.keyClick(page.scan, Qt.Key.Key_Escape)
    assert page.result.text() == ""


def test_operator_change_is_used_and_remembered(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    menu = window.status.operator_menu
    assert [a.text() for a in menu.actions()] == ["王芳", "张伟", "李娜"]
    with qtbot.waitSignal(desk_app.hub.operator_changed):
        next(a for a in menu.actions() if a.text() == "李娜").trigger()
    assert window.status.operator_button.text().startswith("操作员：李娜")
    page = desk_page(window)
    code = event_file.codes["李四"]
    scan_and_check_in(qtbot, page, code)
    qtbot.waitUntil(lambda: "报到成功" in page.result.text())
    scan_and_check_in(qtbot, page, code)
    qtbot.waitUntil(lambda: "✗ 李四：已于" in page.result.text())
    assert "由 李娜 报到" in page.result.text()
    desk_app.session.close()
    with open_event(event_file.path, write=False) as store:
        assert store.default_operator == "李娜"


def test_an_operator_added_meanwhile_can_be_chosen_at_once(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from huiwu_desk.domain.model import Role
    from huiwu_desk.services import operators

    window = open_window(desk_app, qtbot, event_file.path)
    menu = window.status.operator_menu
    with qtbot.waitSignal(desk_app.hub.event_updated):
        desk_app.session.run_use_case(operators.add_operator, "赵敏", Role.OPERATOR)
    assert "赵敏" in [a.text() for a in menu.actions()]
    with qtbot.waitSignal(desk_app.hub.operator_changed):
        next(a for a in menu.actions() if a.text() == "赵敏").trigger()
    assert window.status.operator_button.text().startswith("操作员：赵敏")


def test_pages_switch_and_placeholders(desk_app: DeskApp, event_file: EventFile, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    window.registry[PageId.MATERIALS].trigger()
    assert window.current_page() is PageId.MATERIALS
    assert window.nav.currentItem().text() == "资料"
    assert window.pages[PageId.MATERIALS].objectName() == "materialsPage"  # no placeholder left
    window.registry[PageId.DESK].trigger()
    assert window.current_page() is PageId.DESK
    qtbot.waitUntil(lambda: desk_page(window).scan.hasFocus())


def test_close_event_shows_start_page_with_recent(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(desk_app, qtbot, event_file.path)
    window.registry[ActionId.CLOSE_EVENT].trigger()
    assert window.central.currentWidget() is window.start_page
    assert desk_app.session.store is None
    recent = window.start_page.recent
    assert recent.count() == 1 and str(event_file.path.resolve()) in recent.item(0).text()
    recent.itemActivated.emit(recent.item(0))
    qtbot.waitUntil(lambda: window.current_page() is PageId.DESK)


def test_not_an_event_file_is_one_sentence(
    desk_app: DeskApp, tmp_path: Path, qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "notes.huiwu"
    bogus.write_text("not a database", encoding="utf-8")
    window = open_window(desk_app, qtbot, None)
    window.open_path(bogus)
    qtbot.waitUntil(lambda: bool(error_boxes(qapp)))
    assert error_boxes(qapp)[0].text() == f"“{bogus}”不是会务报到台的会议文件。"
    assert desk_app.session.event is None
    assert window.central.currentWidget() is window.start_page


def test_locked_file_leaves_current_event_open(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.huiwu"
    from .conftest import make_event_file

    make_event_file(other)
    window = open_window(desk_app, qtbot, event_file.path)
    with open_event(other):  # another "window" holds it
        window.open_path(other)
        qtbot.waitUntil(lambda: bool(error_boxes(qapp)))
    assert "正被另一个窗口或命令使用" in error_boxes(qapp)[0].text()
    assert desk_app.session.event is not None and desk_app.session.event.path == event_file.path
    assert window.current_page() is PageId.DESK


def test_newer_schema_is_refused(
    desk_app: DeskApp, event_file: EventFile, qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(event_file.path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    window = open_window(desk_app, qtbot, None)
    window.open_path(event_file.path)
    qtbot.waitUntil(lambda: bool(error_boxes(qapp)))
    assert "由更新版本的软件创建" in error_boxes(qapp)[0].text()
    assert desk_app.session.event is None


def test_open_demo_from_start_page(desk_app: DeskApp, qtbot) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("huiwu_desk.demo")
    window = open_window(desk_app, qtbot, None)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is PageId.DESK, timeout=60_000)
    qtbot.waitUntil(lambda: "/ 总数 500" in window.status.counter_label.text())
    assert desk_app.session.event is not None
    assert desk_app.session.event.path.name == "demo.huiwu"
    assert len(desk_app.session.event.operators) >= 3


def test_a_quiet_desk_folds_its_work_into_the_event_file_itself(
    desk_app: DeskApp, event_file: EventFile, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """After a quiet spell the write-ahead log is folded in: a copy of the .huiwu file alone
    (without its -wal, as someone might copy it to a stick) already has the check-in."""
    window = open_window(desk_app, qtbot, event_file.path)
    desk_app.session._quiet.setInterval(100)
    page = desk_page(window)
    scan_and_check_in(qtbot, page, event_file.codes["李四"])
    qtbot.waitUntil(lambda: "报到成功" in page.result.text())

    def copy_has_it() -> bool:
        # copied by another program: in the window's own process the copy is refused (a plain
        # open and close of the live file would drop the window's SQLite locks)
        copy = tmp_path / "copy.huiwu"
        copier = "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])"
        subprocess.run([sys.executable, "-c", copier, str(event_file.path), str(copy)], check=True)
        with sqlite3.connect(copy) as con:
            return con.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1

    qtbot.waitUntil(copy_has_it, timeout=5000)
