"""The live strip on the desk page: people checked in (by category), money today, beds tonight.

Read on the database worker after every change (``hub.changes_applied``); while one read is
running, further changes only mark the strip stale, so a busy desk causes one read at a time.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services import card as card_service
from ...services.card import DeskCounters
from ...services.changes import Changes
from ..hub import Hub
from ..labels import METHODS, method_label, yuan
from ..session import Session
from .fonts import scale


class CountersStrip(QFrame):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("countersStrip")
        self.setStyleSheet(
            "QFrame#countersStrip { background: #f6f8fa; border: 1px solid #d0d7de;"
            " border-radius: 8px; }"
        )
        self.checked = QLabel()
        self.checked.setObjectName("countersCheckedIn")
        scale(self.checked, 1.6, bold=True)
        self.categories = QLabel()
        self.categories.setObjectName("countersCategories")
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.categories.setWordWrap(True)
        self.money = QLabel()
        self.money.setObjectName("countersMoney")
        self.money.setWordWrap(True)
        self.rooms = QLabel()
        self.rooms.setObjectName("countersRooms")
        for label in (self.categories, self.money, self.rooms):
            scale(label, 1.05)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.categories)
        below = QHBoxLayout()
        below.addWidget(self.money, 1)
        below.addWidget(self.rooms)
        right.addLayout(below)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(20)
        row.addWidget(self.checked)
        row.addLayout(right, 1)
        self.last: DeskCounters | None = None
        self._running = False
        self._stale = False
        hub.changes_applied.connect(self._on_changes)

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self._running:
            self._stale = True
            return
        self._running, self._stale = True, False
        self.session.run_query(
            card_service.desk_counters, on_done=self._show, on_error=self._failed
        )

    def reset(self) -> None:
        self.last = None
        for label in (self.checked, self.categories, self.money, self.rooms):
            label.clear()

    def _failed(self, _sentence: str) -> None:
        self._running = False

    def _show(self, counters: DeskCounters) -> None:
        self._running = False
        self.last = counters
        self.checked.setText(
            self.tr("已报到 {0} / {1}").format(counters.checked_in, counters.total)
        )
        chips = []
        for name, colour, checked, total in counters.by_category:
            chips.append(
                f'<span style="color:{html.escape(colour)};">■</span> '
                f"{html.escape(name)} {checked}/{total}"
            )
        self.categories.setText("&nbsp;&nbsp;&nbsp;".join(chips))
        money = counters.money_today_fen
        if money:
            parts = [f"{method_label(m)} {yuan(money[m])}" for m in METHODS if money.get(m)]
            parts += [f"{method_label(m)} {yuan(v)}" for m, v in money.items() if m not in METHODS]
            self.money.setText(
                self.tr("今日收款 {0}（{1}）").format(yuan(sum(money.values())), " · ".join(parts))
            )
        else:
            self.money.setText(self.tr("今日收款 {0}").format(yuan(0)))
        if counters.night is not None:
            self.rooms.setText(
                self.tr("{0} 晚：已用房 {1} · 空床 {2}").format(
                    counters.night.strftime("%m-%d"), counters.rooms_used, counters.beds_free
                )
            )
        else:
            self.rooms.setText(self.tr("无住宿安排"))
        if self._stale:
            self.refresh()
