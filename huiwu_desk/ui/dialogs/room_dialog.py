"""F4 排房: suggested beds (same gender, the roommate asked for, single by request or for one
night), beds free tonight, or any room number typed in. Someone with a room can move out.

↑/↓ choose a suggestion, Enter assigns it; typing a number assigns that room instead;
Ctrl+R releases the current room.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.card import AttendeeCard
from ...services.rooms.suggest import RoomSuggestion
from ..labels import gender_label, room_status_label, room_type_label
from ..widgets.room_choice import RoomChoice
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line


class RoomDialog(QDialog):
    def __init__(
        self,
        card: AttendeeCard,
        suggestions: list[RoomSuggestion],
        free_by_night: list[tuple[date, int]],
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
        tonight = QLabel()  # the person's own nights: someone arriving on day 2 is not told day 1
        tonight.setObjectName("bedsFreeTonight")
        tonight.setWordWrap(True)
        tonight.setText(
            " · ".join(
                self.tr("{0} 晚空床 {1} 张").format(night.strftime("%m-%d"), free)
                for night, free in free_by_night
            )
        )
        self.choice = RoomChoice(suggestions, "roomSuggestions", "roomNumber", self)
        self.suggestions, self.number = self.choice.list, self.choice.number
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
            self.choice.take_keys()
        else:
            layout.addWidget(ok_cancel(self, self.tr("关闭")))
        self.has_room = card.room is not None

    def room_number(self) -> str:
        return self.choice.room_number()

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
