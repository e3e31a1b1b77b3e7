"""Pieces the desk's dialogs share: who the dialog is about, the warning line, the buttons."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ...domain.model import Attendee
from ..widgets import file_dialogs
from ..widgets.fonts import scale

WARNING_STYLE = "color: #a40e26; background: #ffebe9; border-radius: 4px; padding: 6px 10px;"
NOTE_STYLE = "color: #57606a;"
EVENT_EXTENSION = ".huiwu"


def person_header(person: Attendee) -> QLabel:
    parts = [person.code, person.unit]
    label = QLabel(f"{person.name}　{' · '.join(p for p in parts if p)}")
    label.setObjectName("dialogPerson")
    scale(label, 1.4, bold=True)
    return label


def warning_line() -> QLabel:
    """Red, hidden until there is something to say (set with ``show_warning``)."""
    label = QLabel()
    label.setObjectName("dialogWarning")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label


def show_warning(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    if text:
        QTimer.singleShot(0, partial(fit_height, label.window()))


def fit_height(window: QWidget) -> None:
    """Grow the window to what its wrapped lines need at its width. A top-level window does
    not grow for a label that wraps onto more lines, so its layout squeezed the rest (the
    payment dialog's six methods shrank to four when a warning appeared)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if need > window.height():
        window.resize(window.width(), need)


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """Enter presses the OK button (the default), Esc cancels."""
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("dialogs", "取消"), QDialogButtonBox.ButtonRole.RejectRole
    )
    ok.setDefault(True)
    ok.setObjectName("okButton")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def enlarge(dialog: QWidget) -> None:
    scale(dialog, 1.15)


def choose_event_file(parent: QWidget, current: str, folder: Path) -> str | None:
    """Where a new event file goes (新建会议, 加入会议); ``.huiwu`` added when typed without."""
    chosen = file_dialogs.save_file(
        parent,
        QCoreApplication.translate("dialogs", "会议文件保存到"),
        current or str(folder),
        QCoreApplication.translate("dialogs", "会议文件 (*.huiwu)"),
        EVENT_EXTENSION,
    )
    return str(chosen) if chosen else None
