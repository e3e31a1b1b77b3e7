"""Driving the desk as a person does: keys into whatever has the focus, text through the IME."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.desk_page import DeskPage

from ..conftest import SmallEvent, build_small_event


def small_event_file(path: Path) -> SmallEvent:
    """Categories with fees and materials, rooms, four people with phones (closed again)."""
    ev = build_small_event(path)
    ev.store.close()
    return ev


def open_desk(desk_app: DeskApp, qtbot, path: Path) -> tuple[MainWindow, DeskPage]:  # type: ignore[no-untyped-def]
    desk_app.session.open(path, block=True)
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.pages[PageId.DESK]
    assert isinstance(page, DeskPage)
    qtbot.waitUntil(page.scan.hasFocus)
    return window, page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """One key, to the widget that has the focus (as a keyboard or a scanner does)."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """ASCII through key clicks (qtbot.keyClicks with CJK text aborts the process)."""
    assert text.isascii()
    qtbot.keyClicks(focused(), text)


def commit(text: str) -> None:
    """What an input method sends when the person picks the characters (e.g. 张三)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focused(), event)


def scan(qtbot, page: DeskPage, code: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner: the code and Enter; waits until the card shows that person."""
    settle(qtbot, page)
    before = page.card
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)

    def shown() -> bool:
        card = page.card
        return card is not None and card is not before and card.person.code == code.upper()

    qtbot.waitUntil(shown)
    settle(qtbot, page)


def settle(qtbot, page: DeskPage) -> None:  # type: ignore[no-untyped-def]
    """Until the database worker has answered everything asked so far."""
    qtbot.waitUntil(lambda: page.session.ops.pending == 0)


def dialog_open(page: DeskPage) -> QDialog | None:
    dialog = page.tasks.dialog
    return dialog if dialog is not None and dialog.isVisible() else None


def wait_dialog(qtbot, page: DeskPage, name: str) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog_open(page) is not None)
    dialog = dialog_open(page)
    assert dialog is not None and dialog.objectName() == name
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def wait_result(qtbot, page: DeskPage, text: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in page.result.text())
    return page.result.text()


def prepay(ev: SmallEvent, *names: str) -> None:
    """The fee paid beforehand by bank transfer (the badge is no longer held for it)."""
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import desk

    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        for name in names:
            desk.record_payment(store.uow, ctx, ev.codes[name], 120000, "transfer")


def checked_in(path: Path, code: str) -> bool:
    """Read from the file itself (a reader beside the window), not from the window."""
    from huiwu_desk.bootstrap import open_event
    from huiwu_desk.services import card

    with open_event(path, write=False) as store:
        return card.attendee_card(store.uow, code).checkin is not None
