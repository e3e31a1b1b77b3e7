"""Suggested rooms and a room number field, as the 排房 and 换房 dialogs show them.

The number field keeps the keyboard: ↑/↓ typed in it move in the suggestions, and a number
typed in wins over the chosen suggestion. The dialogs lay the two out as they need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from ..labels import join_list, reason_label, room_type_label

if TYPE_CHECKING:
    from ...services.rooms.suggest import RoomSuggestion

_NUMBER = Qt.ItemDataRole.UserRole


class RoomChoice(QObject):
    def __init__(
        self,
        suggestions: list[RoomSuggestion],
        list_name: str,
        number_name: str,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName(list_name)
        for s in suggestions:
            mates = self.tr("，同住：{0}").format(join_list(s.roommates)) if s.roommates else ""
            text = self.tr("{0}　{1} · {2} · 空 {3} 床{4} — {5}").format(
                s.number, s.hotel, room_type_label(s.type), s.free, mates, reason_label(s.reason)
            )
            item = QListWidgetItem(text)
            item.setData(_NUMBER, s.number)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.number = QLineEdit()
        self.number.setObjectName(number_name)

    def take_keys(self) -> None:
        """Focus the number field; ↑/↓ typed there still move in the suggestions."""
        self.number.installEventFilter(self)
        self.number.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.number
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            row = self.list.currentRow() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def room_number(self) -> str:
        typed = self.number.text().strip()
        if typed:
            return typed
        item = self.list.currentItem()
        return str(item.data(_NUMBER)) if item is not None else ""
