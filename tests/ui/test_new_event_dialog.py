"""The new-event dialog, with Chinese typed the way an input method delivers it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.new_event_dialog import NewEventDialog
from huiwu_desk.ui.pages import PageId


def commit_text(widget: QLineEdit, text: str) -> None:
    # qtbot.keyClicks aborts on CJK text; an IME sends a commit string instead.
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def test_dialog_suggests_a_file_and_creates_the_event(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dialog = NewEventDialog(tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    commit_text(dialog.name, "秋季 培训班")
    assert dialog.name.text() == "秋季 培训班"
    assert dialog.path.text() == str(tmp_path / "秋季_培训班.huiwu")
    dialog.desk.clear()
    qtbot.keyClicks(dialog.desk, "b2!")  # the validator refuses "!"
    assert ok.isEnabled()
    new = dialog.value()
    assert (new.name, new.desk_code) == ("秋季 培训班", "B2")

    window = desk_app.show_window()
    desk_app.session.create(new.path, new.name, new.desk_code)
    qtbot.waitUntil(lambda: window.current_page() is PageId.DESK)
    assert window.status.desk_label.text() == "报到台 B2"
    assert new.path.exists()
