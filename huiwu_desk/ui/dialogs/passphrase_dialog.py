"""同步口令: asked once per event file on this desk; the event file remembers it afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from .parts import note, ok_cancel, show_warning, warning_line


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("同步口令"))
        self.setMinimumWidth(460)
        self.field = QLineEdit()
        self.field.setObjectName("passphraseField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("同步口令"), self.field)
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "同步文件用会议的同步口令加密。请向主管询问口令；"
                    "输入一次后，本机的会议文件会记住它。"
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(ok_cancel(self, self.tr("确定")))
        self.field.setFocus()

    def passphrase(self) -> str:
        return self.field.text()

    def accept(self) -> None:
        if not self.passphrase().strip():
            show_warning(self.warning, self.tr("请输入同步口令。"))
            return
        super().accept()
