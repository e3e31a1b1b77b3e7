"""F5 补打证件: a reprint needs a reason, so the old badge can be refused at the door."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.card import AttendeeCard
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line


class BadgeDialog(QDialog):
    def __init__(self, card: AttendeeCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badgeDialog")
        self.setWindowTitle(self.tr("补打证件"))
        enlarge(self)
        printed = QLabel(self.tr("证件已打印 {0} 次。补打需要填写原因。").format(card.badge_prints))
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("reprintReason")
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(["", self.tr("遗失"), self.tr("损坏"), self.tr("信息有误")])
        self.reason_box.setCurrentIndex(0)
        form = QFormLayout()
        form.addRow(self.tr("补打原因"), self.reason_box)
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(card.person))
        layout.addWidget(printed)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(note(self.tr("输入原因或用 ↑/↓ 选择，回车确认。")))
        layout.addWidget(ok_cancel(self, self.tr("补打")))
        self.reason_box.setFocus()

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def accept(self) -> None:
        if not self.reason():
            show_warning(self.warning, self.tr("请填写补打原因。"))
            return
        super().accept()
