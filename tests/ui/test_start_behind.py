"""Start-up: the window is on the desk page at once and the event opens behind it.

What is scanned before the event is open waits for it, in order; an event that cannot be
opened gives the start page and one sentence, and nothing typed meanwhile is acted on.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import queries
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.desk_page import DeskPage

from .conftest import error_boxes
from .desk_helpers import press, small_event_file, type_text


def test_a_scan_made_while_the_event_opens_is_answered_once_it_is_open(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    code = ev.codes["张三"]
    gate = threading.Event()  # the database worker is busy (a slow disk) until the scans are in
    desk_app.ops.run(gate.wait)
    desk_app.session.open_behind(ev.store.path, on_error=desk_app.show_error)
    window = desk_app.show_window()
    page = window.pages[PageId.DESK]
    assert isinstance(page, DeskPage)
    assert window.current_page() is PageId.DESK
    assert window.status.event_label.text() == "正在打开 event.huiwu …"
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(page.scan.hasFocus)
    # a scanner: the code and Enter, then Enter again to check in, all before the file is open
    type_text(qtbot, code.lower())
    press(qtbot, Qt.Key.Key_Return)
    assert desk_app.session.store is None, "the event opened before the scan: nothing tested"
    gate.set()
    qtbot.waitUntil(lambda: page.card is not None and page.card.person.code == code)
    assert desk_app.session.event is not None
    assert window.windowTitle().startswith(desk_app.session.event.name)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "报到成功" in page.result.text())
    assert page.scan.hasFocus()
    with open_event(ev.store.path, write=False) as store:
        [person] = [a for a in queries.search(store.uow, code, 5) if a.code == code]
    assert person.checked_in


def test_an_event_that_cannot_open_gives_the_start_page_and_one_sentence(
    desk_app: DeskApp, tmp_path: Path, qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "名单.huiwu"
    broken.write_bytes(b"this is not an event file" * 100)
    gate = threading.Event()
    desk_app.ops.run(gate.wait)
    desk_app.session.open_behind(broken, on_error=desk_app.show_error)
    window = desk_app.show_window()
    page = window.pages[PageId.DESK]
    assert isinstance(page, DeskPage)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(page.scan.hasFocus)
    type_text(qtbot, "A100001")
    press(qtbot, Qt.Key.Key_Return)
    gate.set()
    qtbot.waitUntil(lambda: bool(error_boxes(qapp)))
    [box] = error_boxes(qapp)
    assert "名单.huiwu" in box.text() and box.text().count("。") <= 2
    assert window.central.currentWidget() is window.start_page
    assert desk_app.session.store is None and desk_app.session.opening is None
    assert broken.read_bytes() == b"this is not an event file" * 100


def test_every_page_is_there_when_asked_for(desk_app: DeskApp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    desk_app.session.open_behind(ev.store.path, on_error=desk_app.show_error)
    window = desk_app.show_window()
    qtbot.waitUntil(lambda: desk_app.session.event is not None)
    for page in PageId:
        window.show_page(page)
        assert window.current_page() is page
        shown = window.page_stack.currentWidget()
        assert shown.widget() is window.pages[page]  # in the scroll area that holds it
        assert type(window.pages[page]).__name__ != "QWidget", f"{page} was never built"
