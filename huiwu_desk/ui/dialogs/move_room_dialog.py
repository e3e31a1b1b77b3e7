"""换房: someone out of an overbooked room into a suggested one (or a room number typed in).

↑/↓ choose a suggestion, Enter moves; typing a number moves into that room instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.rooms.suggest import RoomSuggestion
from ..widgets.room_choice import RoomChoice
from .parts import enlarge, note, ok_cancel, show_warning, warning_line


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
        self.choice = RoomChoice(suggestions, "moveSuggestions", "moveRoomNumber", self)
        self.suggestions, self.number = self.choice.list, self.choice.number
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
        self.choice.take_keys()

    def room_number(self) -> str:
        return self.choice.room_number()

    def accept(self) -> None:
        if not self.room_number():
            show_warning(self.warning, self.tr("请输入房号。"))
            return
        super().accept()
