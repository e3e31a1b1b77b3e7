"""Stands in for a page that a later version brings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        note = QLabel(self.tr("此功能将在后续版本中提供。"))
        note.setObjectName("placeholderNote")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (heading, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)

    def page_shown(self) -> None:
        pass
