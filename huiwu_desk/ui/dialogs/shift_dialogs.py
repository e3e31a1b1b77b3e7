"""开班 and 交班: a cashier's shift opens with a float and closes blind.

交班 has two steps. First the cashier types what they hold per method (every field, 0 when
there is none) and presses Enter: the counts are then locked, and only then does the dialog
show what they should hold — expected, counted and the difference per method. A difference
needs a reason; past the event's limit a supervisor approves with their PIN. Enter closes the
shift through the use case (``services.fees.shifts.close_shift``), which records it and queues
the Z-report on this desk's receipt printer. A refusal (a wrong PIN, a shift already closed)
is one sentence here and nothing is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...domain.fees import COUNTED_METHODS, total_variance, variance_of
from ...domain.model import PaymentMethod
from ...domain.money import MAX_COUNTED_YUAN, parse_yuan
from ..labels import method_label, when_text, yuan
from ..operations import error_sentence
from ..widgets.fonts import scale
from .approval import SubmitDialog, SupervisorRows
from .parts import enlarge, note, ok_cancel, show_warning

if TYPE_CHECKING:
    from ...services.fees.shift_report import ShiftReport
    from ...services.operators import Team

SHORT = "color: #a40e26; font-weight: bold;"
EVEN = "color: #1a7f37;"


def signed(fen: int) -> str:
    """A variance as the 收费 page says it: −¥20.00 short, +¥5.00 over, ¥0.00."""
    return ("−" if fen < 0 else "+" if fen > 0 else "") + yuan(abs(fen))


def _header(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("shiftHeader")
    scale(label, 1.2, bold=True)
    return label


class OpenShiftDialog(SubmitDialog):
    def __init__(self, operator: str, desk: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openShiftDialog")
        self.setWindowTitle(self.tr("开班"))
        enlarge(self)
        self.setMinimumWidth(460)
        self.float_field = QLineEdit("0")
        self.float_field.setObjectName("floatField")
        form = QFormLayout()
        form.addRow(self.tr("现金备用金（元）"), self.float_field)
        layout = QVBoxLayout(self)
        layout.addWidget(_header(self.tr("{0} 在报到台 {1} 开班").format(operator, desk)))
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(self.tr("备用金是开班时钱箱里的零钱，交班时计入现金应有金额。回车开班。"))
        )
        layout.addWidget(ok_cancel(self, self.tr("开班")))
        self.retry_field = None
        self.float_field.setFocus()
        self.float_field.selectAll()

    def float_fen(self) -> int:
        return parse_yuan(self.float_field.text() or "0", allow_zero=True)

    def accept(self) -> None:
        try:
            self.float_fen()
        except UserFacingError as exc:
            show_warning(self.warning, error_sentence(exc))
            self.float_field.setFocus()
            self.float_field.selectAll()
            return
        self.submit()


class CloseShiftDialog(SubmitDialog):
    def __init__(
        self,
        report: ShiftReport | None,
        methods: list[str],
        limit_fen: int,
        team: Team,
        refusal: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeShiftDialog")
        self.setWindowTitle(self.tr("交班（盲点）"))
        enlarge(self)
        self.setMinimumWidth(600)
        self.report = report
        self.limit_fen = limit_fen
        self.revealed = False
        self.counted: dict[str, int] = {}
        held = [m for m in COUNTED_METHODS if m in methods or m == PaymentMethod.CASH.value]
        if report is not None:  # a method taken in this shift though no longer in use
            held += [m for m in COUNTED_METHODS if m not in held and report.expected.get(m)]
        self.count_fields: dict[str, QLineEdit] = {}
        self.count_box = QWidget()  # gives way to the table once the count is in
        form = QFormLayout(self.count_box)
        form.setContentsMargins(0, 0, 0, 0)
        for method in [m for m in COUNTED_METHODS if m in held]:
            field = QLineEdit()
            field.setObjectName(f"count_{method}")
            field.setPlaceholderText(self.tr("没有填 0"))
            self.count_fields[method] = field
            form.addRow(self.tr("{0}（元）").format(method_label(method)), field)
        self.sums = QGridLayout()
        self.sums_box = QWidget()
        self.sums_box.setObjectName("shiftSums")
        self.sums_box.setLayout(self.sums)
        self.sums_box.hide()
        self.total = QLabel()
        self.total.setObjectName("varianceTotal")
        self.total.hide()
        self.reason = QLineEdit()
        self.reason.setObjectName("varianceReason")
        self.reason_form = QFormLayout()
        self.reason_form.addRow(self.tr("差额原因"), self.reason)
        self.approval = SupervisorRows(
            self.reason_form,
            team.supervisors,
            self.tr("批准的主管"),
            self.tr("主管 PIN"),
            with_pin=team.pins_in_force,
        )
        self.reason_form.setRowVisible(self.reason, False)
        self.approval.set_shown(False)
        self.retry_field = self.approval.pin
        layout = QVBoxLayout(self)
        if report is not None:
            head = self.tr("班次 {0} · {1} · 报到台 {2}").format(
                report.no, report.operator, report.desk
            )
            layout.addWidget(_header(head))
            layout.addWidget(
                note(
                    self.tr("{0} 开班，备用金 {1}。").format(
                        when_text(report.opened_ms), yuan(report.float_fen)
                    )
                )
            )
        self.step_note = note(
            self.tr("请先清点手中的现金和各收款方式的到账金额，逐项填写后按回车；")
            + self.tr("填写后才显示应有金额，且不能再修改。")
        )
        layout.addWidget(self.step_note)
        layout.addWidget(self.count_box)
        layout.addWidget(self.sums_box)
        layout.addWidget(self.total)
        layout.addLayout(self.reason_form)
        layout.addWidget(self.warning)
        self.buttons = ok_cancel(self, self.tr("清点完毕，显示应有金额"))
        layout.addWidget(self.buttons)
        fields = list(self.count_fields.values())
        if refusal or report is None:
            show_warning(self.warning, refusal)
            for field in fields:
                field.setEnabled(False)
            button = self.ok_button()
            if button is not None:
                button.setEnabled(False)
        elif fields:
            fields[0].setFocus()

    # --- step 1: the blind count ------------------------------------------------------------
    def _read_counts(self) -> dict[str, int] | None:
        counted: dict[str, int] = {}
        for method, field in self.count_fields.items():
            text = field.text().strip()
            if not text:
                show_warning(
                    self.warning,
                    self.tr("请填写{0}清点的金额（没有就填 0）。").format(method_label(method)),
                )
                field.setFocus()
                return None
            try:
                counted[method] = parse_yuan(text, allow_zero=True, limit_yuan=MAX_COUNTED_YUAN)
            except UserFacingError as exc:
                show_warning(self.warning, error_sentence(exc))
                field.setFocus()
                field.selectAll()
                return None
        return counted

    def _reveal(self, counted: dict[str, int]) -> None:
        assert self.report is not None
        self.counted = counted
        self.revealed = True
        for field in self.count_fields.values():
            field.setReadOnly(True)
        expected = self.report.expected
        variance = variance_of(expected, counted)
        shown = list(variance) + [m for m in expected if m not in variance and expected[m]]
        titles = (self.tr("收款方式"), self.tr("应有"), self.tr("实点"), self.tr("差额"))
        for col, title in enumerate(titles):
            label = QLabel(title)
            label.setStyleSheet("font-weight: bold;")
            self.sums.addWidget(label, 0, col)
        for row, method in enumerate(shown, start=1):
            diff = variance.get(method)
            cells = [
                method_label(method),
                yuan(expected.get(method, 0)),
                yuan(counted.get(method, 0)) if diff is not None else self.tr("不清点"),
                signed(diff) if diff is not None else "",
            ]
            for col, text in enumerate(cells):
                label = QLabel(text)
                label.setObjectName(f"sum_{method}_{col}")
                if col == 3:
                    label.setStyleSheet(SHORT if diff else EVEN)
                self.sums.addWidget(label, row, col)
        self.sums_box.show()
        total = total_variance(variance)
        if total == 0:
            self.total.setText(self.tr("账实相符，没有差额。回车确认交班。"))
        elif total <= self.limit_fen:
            self.total.setText(
                self.tr("差额合计 {0}（上限 {1}）：请填写原因，回车确认交班。").format(
                    yuan(total), yuan(self.limit_fen)
                )
            )
        else:
            self.total.setText(
                self.tr("差额合计 {0} 超过上限 {1}：请填写原因，并请主管输入 PIN 批准。").format(
                    yuan(total), yuan(self.limit_fen)
                )
            )
        self.total.setStyleSheet(SHORT if total else EVEN)
        self.total.setWordWrap(True)
        self.total.show()
        self.step_note.hide()
        self.reason_form.setRowVisible(self.reason, total > 0)
        self.approval.set_shown(total > self.limit_fen)
        button = self.ok_button()
        if button is not None:
            button.setText(self.tr("确认交班"))
        show_warning(self.warning, "")
        (self.reason if total else button or self).setFocus()
        self.count_box.hide()  # the table says what was counted: at 125 % both do not fit
        if button is not None:
            button.setDefault(True)  # Enter closes the shift, wherever the focus went
        QTimer.singleShot(0, self.adjustSize)

    # --- step 2: the close ------------------------------------------------------------------
    def total_fen(self) -> int:
        return total_variance(variance_of(self.report.expected, self.counted)) if self.report else 0

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if self.busy or self.report is None:
            return
        if not self.revealed:
            counted = self._read_counts()
            if counted is not None:
                self._reveal(counted)
            return
        total = self.total_fen()
        if total and not self.reason_text():
            show_warning(self.warning, self.tr("有差额：请填写原因。"))
            self.reason.setFocus()
            return
        if total > self.limit_fen:
            missing = self.approval.missing()
            if missing:
                show_warning(self.warning, missing)
                self.approval.pin.setFocus()
                return
        self.submit()
