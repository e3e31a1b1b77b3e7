"""The start page, shown while no event is open: new, open, join, recent, demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..prefs import Prefs


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    join_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        title = QLabel(self.tr("会务报到台"))
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("离线会议报到：登记、收费、资料发放、排房、证件"))
        subtitle.setStyleSheet("color: #57606a;")
        self.new_button = QPushButton(self.tr("新建会议…"))
        self.open_button = QPushButton(self.tr("打开会议…"))
        self.demo_button = QPushButton(self.tr("打开演示会议"))
        self.join_button = QPushButton(self.tr("加入会议…"))
        self.join_button.setObjectName("joinButton")
        self.join_button.setToolTip(self.tr("用主报到台导出的同步文件，把本机加入同一个会议"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.join_button.clicked.connect(self.join_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.join_button, self.demo_button):
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        recent_label = QLabel(self.tr("最近打开的会议"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentEvents")
        self.recent.setStyleSheet("QListWidget#recentEvents::item { padding: 6px 8px; }")
        self.recent.setToolTip(self.tr("双击或按回车打开"))
        self.recent.itemActivated.connect(self._activated)
        self.empty_note = QLabel(self.tr("还没有打开过会议。可以先打开演示会议看看。"))
        self.empty_note.setStyleSheet("color: #57606a;")

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(recent_label)
        column.addWidget(self.recent, 1)
        column.addWidget(self.empty_note)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 48, 24, 48)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for entry in self.prefs.existing_recent():
            item = QListWidgetItem(f"{entry.name or Path(entry.path).stem}\n{entry.path}")
            item.setData(Qt.ItemDataRole.UserRole, entry.path)
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.empty_note.setVisible(not has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)

    def page_shown(self) -> None:
        self.refresh()
        (self.recent if self.recent.count() else self.demo_button).setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
