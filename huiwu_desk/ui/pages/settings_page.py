"""设置: the language of this window, and the desk team (操作员) that every desk shares."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from .. import i18n
from ..hub import Hub
from ..session import Session
from ..widgets.fonts import scale
from .operators_panel import OperatorsPanel


class SettingsPage(QWidget):
    language_requested = Signal(str)

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("设置"))
        scale(heading, 1.6, bold=True)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        # activated, not currentIndexChanged: only a choice the person makes switches
        self.language.activated.connect(
            lambda index: self.language_requested.emit(self.language.itemData(index))
        )
        form = QFormLayout()
        form.addRow(self.tr("界面语言"), self.language)
        self.operators = OperatorsPanel(session, hub)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.operators, 1)

    def page_shown(self) -> None:
        self.operators.page_shown()
