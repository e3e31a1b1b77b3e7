"""What the 收费 page does to a line: 补打 (the receipt again, marked 补打/副本, through the
receipt queue), 作废 and 退款 with the supervisor's PIN — the same use cases as the command
line's ``void`` and ``refund`` (services/printing.py), each printing its own slip.

A void or refund acts on the payment of the line (a refund's row: the payment it gave back
from); a reprint prints the line's own receipt (a refund's row: its refund receipt).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ...services import operators, printing
from ...services.changes import Changes
from ...services.fees.ports import MoneyLine
from ...services.operators import Team
from ..dialogs.approval import SubmitDialog
from ..dialogs.refund_dialog import RefundDialog
from ..dialogs.void_dialog import VoidDialog
from ..labels import method_label, when_text, yuan
from ..widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from .money_panel import MoneyPanel


class MoneyActions(QObject):
    def __init__(self, panel: MoneyPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.session = panel.session
        self.dialogs = DialogSlot(self, after=panel.give_back_focus)

    # --- 补打 -----------------------------------------------------------------------------
    def reprint(self, line: MoneyLine) -> None:
        receipt = line.receipt_no

        def done(changes: Changes) -> None:
            queued: printing.Queued = changes.result
            self.panel.result.success(
                self.tr("收据 {0} 已送去补打（标明“补打”）。").format(queued.value)
            )

        self.session.run_use_case(
            printing.reprint_receipt, receipt, on_done=done, on_error=self.panel.result.refusal
        )

    # --- 作废 and 退款 --------------------------------------------------------------------
    def void(self, line: MoneyLine) -> None:
        self.session.run_query(operators.team, on_done=partial(self._void_dialog, line))

    def refund(self, line: MoneyLine) -> None:
        self.session.run_query(operators.team, on_done=partial(self._refund_dialog, line))

    def _facts(self, line: MoneyLine) -> str:
        return self.tr("收据 {0}：{1} {2} {3} {4}\n报到台 {5} · {6} · {7}").format(
            line.payment_receipt_no,
            line.name,
            line.fee_item,
            method_label(line.method),
            yuan(line.payment_fen),
            line.desk_code,
            line.operator,
            when_text(line.at_ms),
        )

    def _void_dialog(self, line: MoneyLine, team: Team) -> None:
        dialog = VoidDialog(self._facts(line), team, self.panel)
        receipt = line.payment_receipt_no

        def run() -> None:
            fn = operators.approved(
                printing.void_with_slip, dialog.supervisor_name(), dialog.pin_text()
            )
            said = self.tr("收据 {0}（{1} {2}）已作废，主管 {3} 批准。").format(
                receipt, line.name, yuan(line.payment_fen), dialog.supervisor_name()
            )
            self._submit(dialog, fn, (receipt, dialog.reason_text()), said)

        dialog.submitted.connect(run)
        self.dialogs.open(dialog)

    def _refund_dialog(self, line: MoneyLine, team: Team) -> None:
        left = max(line.payment_fen - line.refunded_fen, 0)
        payment = {
            "receipt_no": line.payment_receipt_no,
            "method": line.method,
            "amount_fen": line.payment_fen,
            "desk": line.desk_code,
            "operator": line.operator,
            "at_ms": line.at_ms,
        }
        who = f"{line.name}（{line.code}）" if line.code else line.name
        dialog = RefundDialog(
            who, payment, team.supervisors, self.panel,
            pins_in_force=team.pins_in_force, left_fen=left,
        )  # fmt: skip
        receipt = line.payment_receipt_no

        def run() -> None:
            amount = dialog.amount_fen()
            fn = operators.approved(
                printing.refund_with_receipt, dialog.supervisor_name(), dialog.pin_text()
            )
            said = self.tr("已退还收据 {0} 的 {1}，主管 {2} 批准。").format(
                receipt, yuan(amount or left), dialog.supervisor_name()
            )
            self._submit(dialog, fn, (receipt, amount, dialog.reason_text()), said)

        dialog.submitted.connect(run)
        self.dialogs.open(dialog)

    def _submit(self, dialog: SubmitDialog, fn: Any, args: tuple[Any, ...], said: str) -> None:
        """Run the use case; the dialog closes once it is done, or says why not and stays."""

        def done(changes: Changes) -> None:
            if self.dialogs.dialog is dialog:
                dialog.finish()
            queued: printing.Queued = changes.result
            text = said
            if queued.job_id:
                text += " " + self.tr("正在打印凭证。")
            self.panel.result.success(text)

        def refused(sentence: str) -> None:
            if self.dialogs.dialog is dialog:
                dialog.refuse(sentence)
            else:
                self.panel.result.refusal(sentence)

        self.session.run_use_case(fn, *args, on_done=done, on_error=refused)

    @property
    def dialog(self) -> SubmitDialog | None:
        found = self.dialogs.dialog
        return found if isinstance(found, SubmitDialog) else None
