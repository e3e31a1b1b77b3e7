"""The import wizard's way around (import_wizard.py): its steps, where you are, and the row
of buttons that moves on — nothing of what a step does.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..widgets.fonts import scale
from .parts import NOTE_STYLE


class Step(IntEnum):
    FILE = 0
    SHEET = 1
    MAPPING = 2
    PREVIEW = 3
    IMPORT = 4


def step_before(step: Step, several_sheets: bool) -> Step | None:
    """Where 上一步 goes; the sheet step only when the workbook has several sheets."""
    if step is Step.IMPORT:
        return Step.PREVIEW
    if step is Step.PREVIEW:
        return Step.MAPPING
    if step is Step.MAPPING and several_sheets:
        return Step.SHEET
    return Step.FILE if step is not Step.FILE else None


class StepHeader(QWidget):
    """The trail of steps, the current one in bold, and its title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = [
            self.tr("选择文件"),
            self.tr("选择工作表"),
            self.tr("核对列"),
            self.tr("预览"),
            self.tr("导入"),
        ]
        self.steps = QLabel()
        self.steps.setObjectName("wizardSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.heading = QLabel()
        self.heading.setObjectName("wizardHeading")
        scale(self.heading, 1.4, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.heading)

    def show_step(self, step: Step, several_sheets: bool) -> None:
        shown = [t for n, t in enumerate(self.titles) if n != Step.SHEET or several_sheets]
        current = self.titles[step]
        self.steps.setText(
            "  ›  ".join(
                f"<b style='color:#0550ae'>{t}</b>"
                if t == current
                else f"<span style='color:#57606a'>{t}</span>"
                for t in shown
            )
        )
        self.heading.setText(current)


class WizardButtons(QWidget):
    """保存报告, what the wizard is doing now, 上一步, 下一步 (导入, 完成), 取消 (停止导入)."""

    def __init__(
        self,
        save: Callable[[], None],
        back: Callable[[], None],
        go_on: Callable[[], None],
        cancel: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setObjectName("wizardStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(NOTE_STYLE)
        self.save_report_button = QPushButton(self.tr("保存报告…"))
        self.save_report_button.setObjectName("saveReportButton")
        self.back_button = QPushButton(self.tr("上一步(&B)"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.save_report_button.clicked.connect(save)
        self.back_button.clicked.connect(back)
        self.next_button.clicked.connect(go_on)
        self.cancel_button.clicked.connect(cancel)
        for button in (self.save_report_button, self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_report_button)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.back_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.cancel_button)

    def update_for(
        self, step: Step, *, ready: bool, busy: bool, importing: bool, done: bool
    ) -> None:
        """``ready``: the step has what it needs to go on; ``done``: the import is over."""
        self.back_button.setEnabled(step is not Step.FILE and not busy and not done)
        self.back_button.setVisible(not importing and not done)
        self.save_report_button.setVisible(step is Step.PREVIEW or done)
        self.save_report_button.setEnabled(not busy)
        if step is Step.PREVIEW:
            self.next_button.setText(self.tr("导入(&I)"))
            self.next_button.setEnabled(ready and not busy)
        elif done:
            self.next_button.setText(self.tr("完成"))
            self.next_button.setEnabled(True)
        else:
            self.next_button.setText(self.tr("下一步(&N)"))
            self.next_button.setEnabled(ready and not busy)
        self.next_button.setVisible(not importing)
        self.cancel_button.setText(self.tr("停止导入") if importing else self.tr("取消"))
        self.cancel_button.setVisible(not done)
