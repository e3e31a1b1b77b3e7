"""F5 证件: a reprint needs a reason, so the old badge can be refused at the door; the badge of
someone who still owes the fee needs a supervisor (pay before badge)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.card import AttendeeCard
from ...services.operators import Team
from ..labels import yuan
from .approval import SupervisorRows
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line


class BadgeDialog(QDialog):
    def __init__(
        self, card: AttendeeCard, parent: QWidget | None = None, team: Team | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("badgeDialog")
        self.reprint = card.badge_prints > 0
        self.setWindowTitle(self.tr("补打证件") if self.reprint else self.tr("打印证件"))
        enlarge(self)
        form = QFormLayout()
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("reprintReason")
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(["", self.tr("遗失"), self.tr("损坏"), self.tr("信息有误")])
        self.reason_box.setCurrentIndex(0)
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(card.person))
        if self.reprint:
            printed = self.tr("证件已打印 {0} 次。补打需要填写原因。").format(card.badge_prints)
            layout.addWidget(QLabel(printed))
            form.addRow(self.tr("补打原因"), self.reason_box)
        else:
            self.reason_box.hide()
        self.approval: SupervisorRows | None = None
        self.pins_in_force = bool(team and team.pins_in_force)
        if team is not None:
            owed = QLabel(
                self.tr("尚欠 {0}：缴费后才能打印证件；主管批准可先打印。").format(
                    yuan(card.badge_held_fen)
                )
            )
            owed.setObjectName("badgeOwed")
            owed.setWordWrap(True)
            layout.addWidget(owed)
            self.approval = SupervisorRows(
                form,
                team.supervisors,
                self.tr("批准的主管"),
                self.tr("主管 PIN"),
                with_pin=self.pins_in_force,
            )
        self.warning = warning_line()
        layout.addLayout(form)
        layout.addWidget(self.warning)
        hint = self.tr("输入原因或用 ↑/↓ 选择，回车确认。") if self.reprint else ""
        if self.approval is not None:
            hint = (hint + " " if hint else "") + self.tr("请主管选择自己的名字并输入 PIN。")
        layout.addWidget(note(hint))
        layout.addWidget(ok_cancel(self, self.tr("补打") if self.reprint else self.tr("打印")))
        if self.reprint:
            self.reason_box.setFocus()
        elif self.approval is not None:
            (self.approval.pin if self.pins_in_force else self.approval.supervisor).setFocus()

    def reason(self) -> str:
        return self.reason_box.currentText().strip() if self.reprint else ""

    def supervisor_name(self) -> str:
        return self.approval.name() if self.approval is not None else ""

    def pin_text(self) -> str:
        return self.approval.pin_text() if self.approval is not None else ""

    def accept(self) -> None:
        if self.reprint and not self.reason():
            show_warning(self.warning, self.tr("请填写补打原因。"))
            return
        missing = self.approval.missing() if self.approval is not None else ""
        if missing:
            show_warning(self.warning, missing)
            return
        super().accept()
