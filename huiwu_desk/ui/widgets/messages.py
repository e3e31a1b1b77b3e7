"""Message boxes for one-sentence errors.

Window-modal and opened with ``open()`` rather than ``exec()``: the event loop keeps running
(the database worker can still deliver results) and tests can read the box and close it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("messages", "会务报到台"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    box.open()
    return box
