"""The English translation loads, and switching language keeps the event open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp, setup_application
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.desk_page import DeskPage
from huiwu_desk.ui.prefs import Prefs

from .conftest import EventFile


def test_english_labels_and_error_sentences(
    desk_app: DeskApp, event_file: EventFile, qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    assert setup_application(qapp, "en") == "en"
    desk_app.session.open(event_file.path, block=True)
    window = desk_app.show_window()
    qtbot.waitExposed(window)
    assert window.nav.item(0).text() == "Desk"
    assert window.menuBar().actions()[0].text() == "&Event"
    assert window.status.desk_label.text() == "Desk A1"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    page = window.pages[PageId.DESK]
    assert isinstance(page, DeskPage)
    code = event_file.codes["王五"]
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card is not None)
    assert page.card_view.chips["checkin"].text() == "Not checked in"
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "checked in." in page.result.text())
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "✗ 王五: Already checked in" in page.result.text())
    assert "by 张伟" in page.result.text()


def test_start_page_in_english(desk_app: DeskApp, qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    setup_application(qapp, "en")
    window = desk_app.show_window()
    assert window.start_page.new_button.text() == "New event…"
    assert window.start_page.demo_button.text() == "Open demo event"


def test_switching_language_rebuilds_window_and_keeps_event(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk_app.session.open(event_file.path, block=True)
    first = desk_app.show_window()
    assert first.nav.item(0).text() == "报到台"
    first.language_requested.emit("en")
    second = desk_app.window
    assert second is not None and second is not first
    assert second.nav.item(0).text() == "Desk"
    assert second.current_page() is PageId.DESK
    assert i18n.current() == "en"
    assert Prefs.load().language == "en"
    assert desk_app.session.event is not None


def test_the_language_is_chosen_on_the_settings_page(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    desk_app.session.open(event_file.path, block=True)
    first = desk_app.show_window()
    qtbot.waitExposed(first)
    first.show_page(PageId.SETTINGS)
    choice = first.pages[PageId.SETTINGS].findChild(QComboBox, "languageChoice")
    assert choice.currentText() == "中文"
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the keyboard picks English
    qtbot.waitUntil(lambda: desk_app.window is not first)
    second = desk_app.window
    assert second.nav.item(0).text() == "Desk" and i18n.current() == "en"
    assert desk_app.session.event is not None  # the event stays open
    assert Prefs.load().language == "en"
