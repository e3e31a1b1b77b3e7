"""新建会议: name, desk code and where the event file goes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from .parts import EVENT_EXTENSION, choose_event_file


@dataclass(frozen=True)
class NewEvent:
    name: str
    desk_code: str
    path: Path


def _file_name(name: str) -> str:
    # Keep Chinese; drop only what file systems refuse.
    return (re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("._") or "event") + EVENT_EXTENSION


class NewEventDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建会议"))
        self.folder = folder
        self._path_edited = False
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：2026年全国心血管病学术年会"))
        self.desk = QLineEdit("A1")
        self.desk.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{1,6}"), self)
        )
        self.desk.setToolTip(self.tr("本机报到台的编号，1–6 位字母或数字，例如 A1"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("会议名称"), self.name)
        form.addRow(self.tr("报到台编号"), self.desk)
        form.addRow(self.tr("保存位置"), row)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._suggest_path)
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        for edit in (self.name, self.desk, self.path):
            edit.textChanged.connect(self._validate)
        self.setMinimumWidth(560)
        self._validate()

    def _suggest_path(self, name: str) -> None:
        if not self._path_edited:
            self.path.setText(str(self.folder / _file_name(name.strip())) if name.strip() else "")

    def _browse(self) -> None:
        chosen = choose_event_file(self, self.path.text(), self.folder)
        if chosen:
            self._path_edited = True
            self.path.setText(chosen)

    def _validate(self) -> None:
        ok = bool(
            self.name.text().strip() and self.desk.text().strip() and self.path.text().strip()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def value(self) -> NewEvent:
        return NewEvent(
            self.name.text().strip(),
            self.desk.text().strip().upper(),
            Path(self.path.text().strip()),
        )
