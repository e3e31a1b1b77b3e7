"""收费: the cashier's day in the window. 明细 (every payment, refund and void, filtered, with
its totals; 补打, 作废, 退款: money_panel.py) and 日结 (the whole event's day and its shifts,
with finance's exports: day_close_panel.py). Alt+L and Alt+J switch between them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...services.changes import Changes
from ..hub import Hub
from ..session import Session
from .day_close_panel import DayClosePanel
from .money_panel import MoneyPanel


class PaymentsPage(QWidget):
    export_requested = Signal(str)  # an export kind, written by the 报表 page

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.money = MoneyPanel(session)
        self.day = DayClosePanel(session)
        self.day.export_requested.connect(self.export_requested)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("paymentsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.money, self.tr("收费明细 (&L)"))
        self.tabs.addTab(self.day, self.tr("日结与交班 (&J)"))
        self.tabs.currentChanged.connect(lambda _n: self.page_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.tabs)
        hub.event_opened.connect(self._on_opened)
        hub.changes_applied.connect(self._on_changes)
        hub.operator_changed.connect(lambda _name: self.money.refresh.changed())
        if session.event is not None:
            self._on_opened(session.event)

    def page_shown(self) -> None:
        if self.tabs.currentWidget() is self.day:
            self.day.shown()
        else:
            self.money.shown()

    def show_day_close(self) -> None:
        self.tabs.setCurrentWidget(self.day)

    def _on_opened(self, _event: object) -> None:
        self.money.opened()
        self.day.opened()

    def _on_changes(self, changes: Changes) -> None:
        self.money.changed(changes)
        self.day.changed(changes)
