"""What the dialogs that need a supervisor share: the PIN field, the supervisor's two rows, and
a dialog that stays open until the use case has said yes.

The window never checks a PIN itself: it passes the name and what was typed to the use case
(``services.operators.approved``), which checks it in the same transaction as the write. A
refusal (wrong PIN…) comes back as one sentence shown in the dialog; nothing was written, and
the person can try again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.pins import PIN_MAX
from .parts import show_warning, warning_line


def pin_edit(object_name: str) -> QLineEdit:
    """Password echo, digits only (full-width digits from an input method too), at most 12."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX)
    digits = QRegularExpression(f"[0-9０-９]{{0,{PIN_MAX}}}")
    edit.setValidator(QRegularExpressionValidator(digits, edit))
    edit.setMinimumWidth(160)
    return edit


class SupervisorRows:
    """批准的主管 + 主管 PIN, as two rows of a form (either can be hidden)."""

    def __init__(
        self,
        form: QFormLayout,
        supervisors: list[str],
        supervisor_label: str,
        pin_label: str,
        *,
        with_pin: bool = True,
    ) -> None:
        self.form = form
        self.supervisor = QComboBox()
        self.supervisor.setObjectName("supervisorChoice")
        self.supervisor.addItems(supervisors)
        self.pin = pin_edit("supervisorPin")
        self.supervisor_label = QLabel(supervisor_label)
        self.pin_label = QLabel(pin_label)
        form.addRow(self.supervisor_label, self.supervisor)
        form.addRow(self.pin_label, self.pin)
        self.with_pin = with_pin
        self.set_shown(True)

    def set_shown(self, shown: bool) -> None:
        self.supervisor_label.setVisible(shown)
        self.supervisor.setVisible(shown)
        self.pin_label.setVisible(shown and self.with_pin)
        self.pin.setVisible(shown and self.with_pin)

    def shown(self) -> bool:
        return not self.supervisor.isHidden()

    def name(self) -> str:
        return self.supervisor.currentText().strip() if self.shown() else ""

    def pin_text(self) -> str:
        return self.pin.text() if self.shown() and self.with_pin else ""

    def missing(self) -> str:
        """What the supervisor still has to give, as the dialog's warning ("" when nothing)."""
        if not self.name():
            return QCoreApplication.translate("approval", "本会议没有主管操作员，请先添加主管。")
        if self.with_pin and not self.pin_text():
            return QCoreApplication.translate("approval", "请主管输入自己的 PIN。")
        return ""


class SubmitDialog(QDialog):
    """OK asks the page to run the use case (``submitted``); the dialog closes on ``finish()``
    and shows ``refuse(sentence)`` in its warning line, ready for another try."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = warning_line()  # subclasses place it in their layout
        self.busy = False
        self.retry_field: QLineEdit | None = None  # cleared and focused after a refusal

    def ok_button(self) -> QPushButton | None:
        return self.findChild(QPushButton, "okButton")

    def submit(self) -> None:
        """Call from ``accept()`` once the fields are filled in."""
        if self.busy:
            return
        self.busy = True
        button = self.ok_button()
        if button is not None:
            button.setEnabled(False)
        show_warning(self.warning, "")
        self.submitted.emit()

    def refuse(self, sentence: str) -> None:
        self.busy = False
        button = self.ok_button()
        if button is not None:
            button.setEnabled(True)
        show_warning(self.warning, sentence)
        if self.retry_field is not None and self.retry_field.isVisible():
            self.retry_field.clear()
            self.retry_field.setFocus()

    def finish(self) -> None:
        self.busy = False
        super().accept()

    def reject(self) -> None:
        if not self.busy:  # the use case is running: its answer comes in a moment
            super().reject()
