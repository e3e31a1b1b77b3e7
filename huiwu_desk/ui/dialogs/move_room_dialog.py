"""换房: someone out of an overbooked room into a suggested one (or a room number typed in).

↑/↓ choose a suggestion, Enter moves; typing a number moves into that room instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.room_suggest import RoomSuggestion
from ..labels import join_list, reason_label, room_type_label
from .parts import enlarge, note, ok_cancel, show_warning, warning_line

_NUMBER = Qt.ItemDataRole.UserRole


class MoveRoomDialog(QDialog):
    def __init__(
        self,
        person: str,
        current_room: str,
        suggestions: list[RoomSuggestion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveRoomDialog")
        self.setWindowTitle(self.tr("换房"))
        enlarge(self)
        self.setMinimumWidth(680)
        header = QLabel(self.tr("{0}：从 {1} 房间调出").format(person, current_room))
        header.setObjectName("moveHeader")
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("moveSuggestions")
        for s in suggestions:
            mates = self.tr("，同住：{0}").format(join_list(s.roommates)) if s.roommates else ""
            text = self.tr("{0}　{1} · {2} · 空 {3} 床{4} — {5}").format(
                s.number, s.hotel, room_type_label(s.type), s.free, mates, reason_label(s.reason)
            )
            item = QListWidgetItem(text)
            item.setData(_NUMBER, s.number)
            self.suggestions.addItem(item)
        self.suggestions.setCurrentRow(0)
        self.number = QLineEdit()
        self.number.setObjectName("moveRoomNumber")
        self.number.setPlaceholderText(self.tr("不用建议时输入房号"))
        form = QFormLayout()
        form.addRow(self.tr("房号"), self.number)
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if suggestions:
            layout.addWidget(QLabel(self.tr("建议的房间（每晚都有空床）")))
            layout.addWidget(self.suggestions)
        else:
            self.suggestions.hide()
            layout.addWidget(note(self.tr("没有合适的空床。可以输入房号。")))
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(note(self.tr("↑/↓ 选择建议，回车换入；或输入房号后回车。")))
        layout.addWidget(ok_cancel(self, self.tr("换入")))
        # the number field has the keyboard; ↑/↓ still move in the suggestions
        self.number.installEventFilter(self)
        self.number.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.number
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            row = self.suggestions.currentRow() + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= row < self.suggestions.count():
                self.suggestions.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def room_number(self) -> str:
        typed = self.number.text().strip()
        if typed:
            return typed
        item = self.suggestions.currentItem()
        return str(item.data(_NUMBER)) if item is not None else ""

    def accept(self) -> None:
        if not self.room_number():
            show_warning(self.warning, self.tr("请输入房号。"))
            return
        super().accept()
