"""设置: 会议设置 (what the event holds: pages/setup_page.py), and this window's language with
the desk team (操作员) that every desk shares."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QTabWidget, QVBoxLayout, QWidget

from .. import i18n
from ..hub import Hub
from ..session import Session
from .operators_panel import OperatorsPanel
from .setup_page import SetupPanel


class SettingsPage(QWidget):
    language_requested = Signal(str)
    roster_requested = Signal()  # 新建会议's next step, from 会议设置
    desk_requested = Signal()

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.setup = SetupPanel(session, hub)
        self.setup.roster_requested.connect(self.roster_requested)
        self.setup.desk_requested.connect(self.desk_requested)
        desk_team = QWidget()
        team = QVBoxLayout(desk_team)
        team.addLayout(form)
        team.addWidget(self.operators, 1)
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.addTab(self.setup, self.tr("会议设置(&E)"))
        self.tabs.addTab(desk_team, self.tr("操作员与语言(&O)"))
        self.tabs.currentChanged.connect(lambda _i: self.page_shown())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)  # no heading: the tabs name the page
        layout.addWidget(self.tabs, 1)

    def page_shown(self) -> None:
        if self.tabs.currentWidget() is self.setup:
            self.setup.page_shown()
        else:
            self.operators.page_shown()

    def show_setup(self, part: str = "", why: str = "") -> None:
        """会议设置, at ``part`` (a setup page's key: "fees", "rooms"…) if given, saying
        ``why`` the person was brought here."""
        self.tabs.setCurrentWidget(self.setup)
        if part:
            self.setup.show_part(part)
        if why:
            self.setup.result.notice(why)

    def welcome_new_event(self) -> None:
        """A new event: 会议设置 with the steps from here to the first check-in."""
        self.tabs.setCurrentWidget(self.setup)
        self.setup.welcome(True)
