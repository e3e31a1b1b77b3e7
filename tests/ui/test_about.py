"""帮助 → 关于会务报到台 names the version `huiwu-desk --version` prints."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from huiwu_desk import __version__
from huiwu_desk.ui.app import DeskApp


def test_about_box_shows_the_version(desk_app: DeskApp, qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    help_menu = window.menuBar().actions()[-1].menu()
    about = help_menu.actions()[0]
    assert about.text() == "关于会务报到台…"
    about.trigger()
    box = window.about_box
    assert box is not None and box.isVisible()
    assert box.text() == f"会务报到台 {__version__}"
    assert "Python" in box.informativeText()
    box.accept()
