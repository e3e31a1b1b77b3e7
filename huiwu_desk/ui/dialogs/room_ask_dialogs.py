"""The 排房 page's two small questions: which of the people in a cell (a list, Enter picks),
and one line of text (the room to move to, the person to swap with), with completion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from .parts import enlarge, note, ok_cancel, show_warning, warning_line


class ChoiceDialog(QDialog):
    """↑/↓ and Enter (or a double-click) pick one line."""

    def __init__(
        self, title: str, question: str, items: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("choiceDialog")
        self.setWindowTitle(title)
        enlarge(self)
        self.setMinimumWidth(420)
        self.list = QListWidget()
        self.list.setObjectName("choiceList")
        self.list.addItems(items)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(question))
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel(self, self.tr("选择")))
        self.list.setFocus()

    def chosen_row(self) -> int:
        return self.list.currentRow()


class AskDialog(QDialog):
    """One line of text; what is offered completes as it is typed (any part of it)."""

    def __init__(
        self,
        title: str,
        question: str,
        *,
        placeholder: str = "",
        offered: list[str] | None = None,
        ok_text: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("askDialog")
        self.setWindowTitle(title)
        enlarge(self)
        self.setMinimumWidth(480)
        self.field = QLineEdit()
        self.field.setObjectName("askField")
        self.field.setPlaceholderText(placeholder)
        if offered:
            completer = QCompleter(offered, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.field.setCompleter(completer)
        self.warning = warning_line()
        question_label = QLabel(question)
        question_label.setObjectName("askQuestion")
        question_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question_label)
        layout.addWidget(self.field)
        layout.addWidget(self.warning)
        if hint:
            layout.addWidget(note(hint))
        layout.addWidget(ok_cancel(self, ok_text or self.tr("确定")))
        self.field.setFocus()

    def text(self) -> str:
        return self.field.text().strip()

    def accept(self) -> None:
        if not self.text():
            show_warning(self.warning, self.tr("请输入内容。"))
            return
        super().accept()
