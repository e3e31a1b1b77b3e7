"""F4 排房: suggested beds (same gender, the roommate asked for, single by request or for one
night), beds free tonight, or any room number typed in. Someone with a room can move out.

↑/↓ choose a suggestion, Enter assigns it; typing a number assigns that room instead;
Ctrl+R releases the current room.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.card import AttendeeCard
from ...services.room_suggest import RoomSuggestion
from ..labels import gender_label, join_list, reason_label, room_status_label, room_type_label
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line

_NUMBER = Qt.ItemDataRole.UserRole


class RoomDialog(QDialog):
    def __init__(
        self,
        card: AttendeeCard,
        suggestions: list[RoomSuggestion],
        beds_free: int | None,
        night: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomDialog")
        self.setWindowTitle(self.tr("排房"))
        enlarge(self)
        self.setMinimumWidth(720)
        self.release_wanted = False
        p = card.person
        facts = [gender_label(p.gender), room_status_label(card.room_status)]
        if p.room_pref == "single":
            facts.append(self.tr("要求单住"))
        if p.roommate_request:
            facts.append(self.tr("希望与 {0} 同住").format(p.roommate_request))
        about = QLabel(" · ".join(f for f in facts if f))
        about.setObjectName("roomFacts")
        tonight = QLabel()
        tonight.setObjectName("bedsFreeTonight")
        if beds_free is not None and night is not None:
            tonight.setText(self.tr("{0} 晚空床 {1} 张").format(night.strftime("%m-%d"), beds_free))
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("roomSuggestions")
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
        self.number.setObjectName("roomNumber")
        self.number.setPlaceholderText(self.tr("不用建议时输入房号"))
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(p))
        layout.addWidget(about)
        layout.addWidget(tonight)
        if card.room is not None:
            current = QLabel(
                self.tr("现住 {0} {1}（{2}）").format(
                    card.room.hotel, card.room.number, room_type_label(card.room.type)
                )
            )
            current.setObjectName("currentRoom")
            layout.addWidget(current)
            release = QPushButton(self.tr("退房 (Ctrl+R)"))
            release.setObjectName("releaseButton")
            release.clicked.connect(self.release)
            layout.addWidget(release)
            QShortcut(QKeySequence("Ctrl+R"), self, self.release)
            layout.addWidget(note(self.tr("要换房，请先退房再排。")))
        elif suggestions:
            layout.addWidget(QLabel(self.tr("建议的房间")))
            layout.addWidget(self.suggestions)
        else:
            layout.addWidget(note(self.tr("没有合适的空床。可以输入房号，或先调整住宿日期。")))
        if card.room is None:
            form = QFormLayout()
            form.addRow(self.tr("房号"), self.number)
            layout.addLayout(form)
        layout.addWidget(self.warning)
        if card.room is None:
            layout.addWidget(note(self.tr("↑/↓ 选择建议，回车排入；或输入房号后回车。")))
            layout.addWidget(ok_cancel(self, self.tr("排入")))
            self._keys_to_list()
        else:
            layout.addWidget(ok_cancel(self, self.tr("关闭")))
        self.has_room = card.room is not None

    def _keys_to_list(self) -> None:
        # The number field has the keyboard; ↑/↓ still move in the suggestions.
        self.number.installEventFilter(self)
        self.number.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.number
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.suggestions.currentRow() + step
            if 0 <= row < self.suggestions.count():
                self.suggestions.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def room_number(self) -> str:
        typed = self.number.text().strip()
        if typed:
            return typed
        item = self.suggestions.currentItem()
        return str(item.data(_NUMBER)) if item is not None else ""

    def release(self) -> None:
        self.release_wanted = True
        super().accept()

    def accept(self) -> None:
        if self.has_room:
            self.reject()  # nothing to assign: "close"
            return
        if not self.room_number():
            show_warning(self.warning, self.tr("请输入房号。"))
            return
        super().accept()
