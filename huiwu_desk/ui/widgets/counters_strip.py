"""The live strip on the desk page: people checked in (by category), money today, beds tonight.

Read on the database worker shortly after changes (``hub.changes_applied``): a burst of
changes causes one read, and while one read is running further changes only mark the strip
stale. The read counts every bed of the night, so it is kept out of the way of the next scan.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...services.changes import Changes
from ..hub import Hub
from ..labels import METHODS, method_short_label, yuan
from ..session import Session

if TYPE_CHECKING:  # the services load after the window first shows
    from ...services.card import DeskCounters
from .fonts import scale

REFRESH_DELAY_MS = 400


def unbreakable(text: str) -> str:
    """Word joiners between the characters: a category name never wraps in its middle."""
    return "\u2060".join(text)


def short_yuan(fen: int) -> str:
    """¥17,400 for whole yuan (the strip is read at a glance), ¥17,400.50 otherwise."""
    return yuan(fen)[:-3] if fen % 100 == 0 else yuan(fen)


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
        scale(self.checked, 1.5, bold=True)
        self.categories = QLabel()
        self.categories.setObjectName("countersCategories")
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.categories.setWordWrap(True)
        self.money = QLabel()
        self.money.setObjectName("countersMoney")
        self.money.setWordWrap(True)
        self.rooms = QLabel()
        self.rooms.setObjectName("countersRooms")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 6, 14, 6)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.checked, 0, 0)
        grid.addWidget(self.rooms, 1, 0)
        grid.addWidget(self.categories, 0, 1)
        grid.addWidget(self.money, 1, 1)
        grid.setColumnStretch(1, 1)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.last: DeskCounters | None = None
        self._running = False
        self._stale = False
        hub.changes_applied.connect(self._on_changes)

    def _on_changes(self, _changes: Changes) -> None:
        self._later.start()

    def refresh(self) -> None:
        if self._running:
            self._stale = True
            return
        self._running, self._stale = True, False
        from ...services.card import desk_counters

        self.session.run_query(desk_counters, on_done=self._show, on_error=self._failed)

    def reset(self) -> None:
        self._later.stop()
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
                f'<span style="color:{html.escape(colour)};">■</span>&nbsp;'
                f"{unbreakable(html.escape(name))}&nbsp;{checked}/{total}"
            )
        self.categories.setText("&nbsp;&nbsp; ".join(chips))
        money = counters.money_today_fen
        if money:
            parts = [
                f"{method_short_label(m)}\u00a0{short_yuan(money[m])}"
                for m in METHODS
                if money.get(m)
            ]
            parts += [
                f"{method_short_label(m)}\u00a0{short_yuan(v)}"
                for m, v in money.items()
                if m not in METHODS
            ]
            self.money.setText(
                self.tr("今日收款 {0}（{1}）").format(
                    short_yuan(sum(money.values())), " · ".join(parts)
                )
            )
        else:
            self.money.setText(self.tr("今日收款 {0}").format(short_yuan(0)))
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
