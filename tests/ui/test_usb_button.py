"""With pyusb installed (as in the bundle) the 证件与打印 page shows "USB 设备…": building that
page behind the desk must not open a window of its own and take the scan field's keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId

from .conftest import EventFile


def test_usb_button_stays_inside_the_window(
    desk_app: DeskApp, event_file: EventFile, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import huiwu_desk.ui.pages.printers_panel as panel

    monkeypatch.setattr(panel, "_usb_available", lambda: True)
    desk_app.session.open(event_file.path, block=True)
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    window.activateWindow()
    desk = window.pages[PageId.DESK]
    qtbot.waitUntil(desk.scan.hasFocus)
    window.pages[PageId.BADGES]  # built behind the desk page, as in idle moments
    qtbot.wait(50)
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert others == []
    for role in ("badge", "receipt"):
        button = window.findChild(QPushButton, f"{role}Usb")
        assert button is not None and button.window() is window
    assert desk.scan.hasFocus()
