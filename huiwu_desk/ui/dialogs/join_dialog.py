"""加入会议: the lead desk's sync file, this desk's code, the passphrase, where the file goes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets import file_dialogs
from .parts import EVENT_EXTENSION, choose_event_file, note, ok_cancel, show_warning, warning_line


@dataclass(frozen=True)
class JoinRequest:
    bundle: Path
    desk_code: str
    passphrase: str
    operator: str
    path: Path


class JoinDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("加入会议"))
        self.setMinimumWidth(620)
        self.folder = folder
        self._path_edited = False
        self.bundle = QLineEdit()
        self.bundle.setObjectName("joinBundle")
        self.bundle.setPlaceholderText(self.tr("主报到台导出的同步文件（.hwsync）"))
        browse_bundle = QPushButton(self.tr("选择(&B)…"))
        browse_bundle.clicked.connect(self._browse_bundle)
        self.desk = QLineEdit()
        self.desk.setObjectName("joinDesk")
        self.desk.setPlaceholderText(self.tr("例如 B1"))
        self.desk.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{1,6}"), self)
        )
        self.desk.setToolTip(self.tr("本机报到台的编号，1–6 位字母或数字，与其他报到台不同"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("joinPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.operator = QLineEdit()
        self.operator.setObjectName("joinOperator")
        self.operator.setPlaceholderText(self.tr("本机操作员姓名（可不填）"))
        self.path = QLineEdit()
        self.path.setObjectName("joinPath")
        browse_path = QPushButton(self.tr("浏览(&R)…"))
        browse_path.clicked.connect(self._browse_path)
        for button in (browse_bundle, browse_path):
            button.setAutoDefault(False)  # Enter joins; it never opens a file dialog
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.bundle, 1)
        bundle_row.addWidget(browse_bundle)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse_path)
        form = QFormLayout()
        form.addRow(self.tr("同步文件"), bundle_row)
        form.addRow(self.tr("本机报到台编号"), self.desk)
        form.addRow(self.tr("同步口令"), self.passphrase)
        form.addRow(self.tr("操作员"), self.operator)
        form.addRow(self.tr("会议文件保存到"), path_row)
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "用主报到台导出的同步文件，在本机建立同一个会议的会议文件。"
                    "会议文件请保存在本机硬盘上，不要放在U盘里。"
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(ok_cancel(self, self.tr("加入")))
        self.desk.textChanged.connect(self._suggest_path)
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self.bundle.setFocus()

    def _suggest_path(self, desk: str) -> None:
        if not self._path_edited:
            code = desk.strip().upper()
            name = self.tr("会议-{0}").format(code) + EVENT_EXTENSION
            self.path.setText(str(self.folder / name) if code else "")

    def _browse_bundle(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            self.tr("选择主报到台的同步文件"),
            self.bundle.text() or str(self.folder),
            self.tr("同步文件 (*.hwsync);;所有文件 (*)"),
        )
        if chosen:
            self.bundle.setText(str(chosen))
            self.desk.setFocus()

    def _browse_path(self) -> None:
        chosen = choose_event_file(self, self.path.text(), self.folder)
        if chosen:
            self._path_edited = True
            self.path.setText(chosen)

    def value(self) -> JoinRequest:
        return JoinRequest(
            Path(self.bundle.text().strip()),
            self.desk.text().strip().upper(),
            self.passphrase.text(),
            self.operator.text().strip() or "操作员",  # data, as the CLI writes it
            Path(self.path.text().strip()),
        )

    def accept(self) -> None:
        problem = ""
        if not self.bundle.text().strip():
            problem, field = self.tr("请选择主报到台的同步文件。"), self.bundle
        elif not Path(self.bundle.text().strip()).is_file():
            problem, field = self.tr("找不到这个同步文件。"), self.bundle
        elif not self.desk.text().strip():
            problem, field = self.tr("请填写本机报到台编号。"), self.desk
        elif not self.passphrase.text():
            problem, field = self.tr("请输入同步口令。"), self.passphrase
        elif not self.path.text().strip():
            problem, field = self.tr("请选择会议文件的保存位置。"), self.path
        elif Path(self.path.text().strip()).exists():
            problem, field = self.tr("这个位置已经有文件了，请换一个文件名。"), self.path
        if problem:
            show_warning(self.warning, problem)
            field.setFocus()
            return
        super().accept()
