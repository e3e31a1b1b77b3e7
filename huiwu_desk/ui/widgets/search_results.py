"""The ranked search results under the scan field (at most a screenful; the store ranks them).

The list never takes the keyboard: ↑/↓ typed into the scan field move its current row, and a
click chooses a person without moving the focus away from the scan field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..labels import masked_phone
from .fonts import scale

if TYPE_CHECKING:  # the services load after the window first shows
    from ...services.ports import AttendeeSummary


class SearchResults(QTableWidget):
    chosen = Signal(str)  # the code of the person clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("searchResults")
        self.setHorizontalHeaderLabels(
            [
                self.tr("姓名"),
                self.tr("编号"),
                self.tr("单位"),
                self.tr("类别"),
                self.tr("电话"),
                self.tr("状态"),
            ]
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        scale(self, 1.2)
        self.cellClicked.connect(self._clicked)
        self.matches: list[AttendeeSummary] = []

    def show_matches(self, matches: list[AttendeeSummary]) -> None:
        self.matches = list(matches)
        self.setRowCount(len(matches))
        for row, m in enumerate(matches):
            status = self.tr("已报到") if m.checked_in else ""
            cells = [m.name, m.code, m.unit, m.category, masked_phone(m.phone), status]
            for col, text in enumerate(cells):
                self.setItem(row, col, QTableWidgetItem(text))
        if matches:
            self.selectRow(0)

    def clear_matches(self) -> None:
        self.matches = []
        self.setRowCount(0)

    def has_matches(self) -> bool:
        return bool(self.matches)

    def step(self, step: int) -> None:
        if not self.matches:
            return
        row = max(0, min(len(self.matches) - 1, self.currentRow() + step))
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))

    def current_code(self) -> str | None:
        row = self.currentRow()
        if 0 <= row < len(self.matches):
            return self.matches[row].code
        return None

    def names(self) -> list[str]:
        """The names in the order shown (what the person at the desk reads)."""
        return [m.name for m in self.matches]

    def _clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.matches):
            self.chosen.emit(self.matches[row].code)
