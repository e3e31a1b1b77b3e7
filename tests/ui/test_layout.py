"""Nothing typed or scanned resizes the window (issue 13, finding 7)."""

from __future__ import annotations

from pathlib import Path

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
