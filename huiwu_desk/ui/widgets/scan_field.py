"""The scan/search field: a barcode scanner types characters + Enter into it.

↑/↓ and Page Up/Down move in the results list while the field keeps the keyboard; Esc is
reported so the page decides what it clears.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class ScanField(QLineEdit):
    move_requested = Signal(int)  # rows to move in the results: -1, +1, -10, +10
    escape_pressed = Signal()

    _MOVES: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Up: -1,
        Qt.Key.Key_Down: 1,
        Qt.Key.Key_PageUp: -10,
        Qt.Key.Key_PageDown: 10,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self._MOVES and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.move_requested.emit(self._MOVES[key])
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)
