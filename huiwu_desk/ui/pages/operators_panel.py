"""操作员: who works at the desks, who is a supervisor, who has a PIN; add one, set a PIN.

Each change is an op (operator.add, operator.set_pin) that syncs to the other desks; only a
PIN's salted hash is stored. ↑/↓ choose a person, Enter sets or changes their PIN.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import operators
from ...services.changes import Changes
from ...services.operators import Team, TeamMember
from ..dialogs.approval import SubmitDialog
from ..dialogs.operator_dialog import AddOperatorDialog
from ..dialogs.parts import note
from ..dialogs.pin_dialog import PinDialog
from ..hub import Hub
from ..labels import role_label
from ..session import Session
from ..widgets.dialog_slot import DialogSlot
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine
from ..widgets.row_table import fit_columns, row_table
from .lazy_refresh import LazyRefresh


class OperatorsPanel(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.team = Team()
        self.lazy = LazyRefresh(self, self._read_team)
        heading = QLabel(self.tr("操作员"))
        scale(heading, 1.4, bold=True)
        headers = [self.tr("姓名"), self.tr("角色"), self.tr("PIN")]
        self.table = row_table("operatorTable", headers, pick_one=True)
        fit_columns(self.table, stretch=0)
        self.table.setMinimumWidth(420)
        self.table.setMaximumWidth(760)
        self.table.itemActivated.connect(lambda _item: self.ask_pin())  # Enter, double-click
        self.add_button = QPushButton(self.tr("添加操作员…"))
        self.add_button.setObjectName("addOperatorButton")
        self.add_button.clicked.connect(self.ask_add)
        self.pin_button = QPushButton(self.tr("设置或修改 PIN…"))
        self.pin_button.setObjectName("setPinButton")
        self.pin_button.clicked.connect(self.ask_pin)
        for button in (self.add_button, self.pin_button):
            button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.state = QLabel()
        self.state.setObjectName("pinState")
        self.state.setWordWrap(True)
        self.result = ResultLine()
        self.result.setObjectName("operatorResult")
        self.dialogs = DialogSlot(self, after=self.table.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.result)
        layout.addWidget(
            note(
                self.tr(
                    "PIN 只保存加密后的摘要，随同步文件传到其他报到台。"
                    "修改 PIN 需要原 PIN，或另一位主管输入自己的 PIN 批准。"
                )
            )
        )
        QWidget.setTabOrder(self.table, self.pin_button)
        QWidget.setTabOrder(self.pin_button, self.add_button)
        hub.event_opened.connect(self._on_opened)
        hub.changes_applied.connect(self._on_changes)

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.lazy.shown()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self.result.clear()
        self.lazy.changed()

    def _on_changes(self, changes: Changes) -> None:
        if changes.setup or changes.everything:
            self.lazy.changed()

    def refresh(self) -> None:
        self.lazy.now()

    def _read_team(self) -> None:
        self.session.run_query(operators.team, on_done=self.show_team)

    def show_team(self, team: Team) -> None:
        current = self.current()
        keep = current.name if current is not None else ""
        self.team = team
        self.table.setRowCount(len(team.members))
        for row, m in enumerate(team.members):
            pin = self.tr("已设置") if m.has_pin else self.tr("未设置")
            for column, text in enumerate((m.name, role_label(m.role), pin)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        names = [m.name for m in team.members]
        self.table.selectRow(names.index(keep) if keep in names else 0)
        if team.pins_in_force:
            self.state.setText(self.tr("退款和作废需要主管输入自己的 PIN。"))
        else:
            self.state.setText(
                self.tr(
                    "主管还没有设置 PIN：退款和作废凭主管姓名即可批准。"
                    "为主管设置 PIN 后，每次批准都需要输入 PIN。"
                )
            )

    def current(self) -> TeamMember | None:
        row = self.table.currentRow()
        members = self.team.members
        return members[row] if 0 <= row < len(members) else None

    def select(self, name: str) -> None:
        names = [m.name for m in self.team.members]
        if name in names:
            self.table.selectRow(names.index(name))

    # --- dialogs ------------------------------------------------------------------------
    @property
    def dialog(self) -> QDialog | None:
        """The one open now (tests read it)."""
        return self.dialogs.dialog

    def _submit(self, dialog: SubmitDialog, fn: Callable[..., Any], *args: Any, said: str) -> None:
        def done(_changes: Changes) -> None:
            if self.dialog is dialog:
                dialog.finish()
            self.result.success(said)

        def refused(sentence: str) -> None:
            if self.dialog is dialog:
                dialog.refuse(sentence)
            else:
                self.result.refusal(sentence)

        self.session.run_use_case(fn, *args, on_done=done, on_error=refused)

    def ask_add(self) -> None:
        dialog = AddOperatorDialog(self.team.supervisors, self.team.pins_in_force, self)

        def add() -> None:
            name, role = dialog.operator_name(), dialog.role_value()
            run = operators.approved(
                operators.add_operator, dialog.approval.name(), dialog.approval.pin_text()
            )
            said = self.tr("已添加{0}：{1}。").format(role_label(role.value), name)
            self._submit(dialog, run, name, role, dialog.pin_text(), said=said)

        dialog.submitted.connect(add)
        self.dialogs.open(dialog)

    def ask_pin(self) -> None:
        member = self.current()
        if member is None:
            return
        dialog = PinDialog(member, self.team, self)

        def save() -> None:
            run = operators.approved(
                partial(operators.set_pin, old_pin=dialog.old_pin_text()),
                dialog.approval.name(),
                dialog.approval.pin_text(),
            )
            said = self.tr("{0} 的 PIN 已保存，同步后其他报到台也会使用新的 PIN。").format(
                member.name
            )
            self._submit(dialog, run, member.name, dialog.new_pin(), said=said)

        dialog.submitted.connect(save)
        self.dialogs.open(dialog)
