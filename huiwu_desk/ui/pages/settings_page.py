"""设置: settings of the event that every desk shares. For now, the desk team (操作员)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..hub import Hub
from ..session import Session
from ..widgets.fonts import scale
from .operators_panel import OperatorsPanel


class SettingsPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("设置"))
        scale(heading, 1.6, bold=True)
        self.operators = OperatorsPanel(session, hub)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.operators, 1)

    def page_shown(self) -> None:
        self.operators.page_shown()
