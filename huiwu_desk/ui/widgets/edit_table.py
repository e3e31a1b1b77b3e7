"""A table edited like a spreadsheet, from the keyboard: type over a cell or F2 to edit it,
Space ticks a yes/no cell, Insert (or Ctrl+N) adds a row, Delete empties new rows.

Each row may carry the id of what it shows (a category, a room…), so a renamed row keeps its
id; rows added here have none until saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    header: str
    yes_no: bool = False  # a tick box
    stretch: bool = False


class EditTable(QTableWidget):
    edited = Signal()  # any change a person made

    def __init__(
        self, name: str, columns: Sequence[Column], new_row: Sequence[str | bool] = ()
    ) -> None:
        super().__init__(0, len(columns))
        self.new_row = list(new_row)  # what a row added here starts with
        self.setObjectName(name)
        self.columns = list(columns)
        self.setHorizontalHeaderLabels([c.header for c in columns])
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        header = self.horizontalHeader()
        for i, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(i, mode)
        header.setMinimumSectionSize(60)
        self._loading = False
        self.itemChanged.connect(self._changed)

    def sizeHint(self) -> QSize:
        # small: a page of tables asks for little height and its tables take what is there
        # (a scrolling page measures what its wrapped hints and tables would like)
        return QSize(super().sizeHint().width(), 120)

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    # --- rows ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[tuple[str, Sequence[str | bool]]]) -> None:
        """(id, cells) per row; a bool is a tick box."""
        self._loading = True
        try:
            self.setRowCount(0)
            for row_id, cells in rows:
                self._append(row_id, cells)
        finally:
            self._loading = False
        self.resizeColumnsToContents()
        for i, column in enumerate(self.columns):
            self.setColumnWidth(i, min(max(self.columnWidth(i), 70), 320))
            if column.stretch:
                self.horizontalHeader().setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)

    def _append(self, row_id: str, cells: Sequence[str | bool]) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, spec in enumerate(self.columns):
            value = cells[column] if column < len(cells) else ("" if not spec.yes_no else False)
            item = QTableWidgetItem()
            if spec.yes_no:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(str(value))
            if column == 0:
                item.setData(ID_ROLE, row_id)
            self.setItem(row, column, item)
        return row

    def add_row(self, cells: Sequence[str | bool] = ()) -> int:
        row = self._append("", cells or self.new_row)
        self.setCurrentCell(row, 0)
        self.edited.emit()
        return row

    def row_id(self, row: int) -> str:
        item = self.item(row, 0)
        return str(item.data(ID_ROLE) or "") if item is not None else ""

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def ticked(self, row: int, column: int) -> bool:
        item = self.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def filled_rows(self) -> list[int]:
        """Rows with something typed (an empty new row is ignored, not an error)."""
        return [
            r
            for r in range(self.rowCount())
            if self.row_id(r)
            or any(self.text(r, c) for c, s in enumerate(self.columns) if not s.yes_no)
        ]

    def finish_editing(self) -> None:
        """What is typed in a cell still open counts (Ctrl+S pressed while typing)."""
        editor = QApplication.focusWidget()
        if editor is not None and editor is not self and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def show_row(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.setCurrentCell(row, 0)
            self.scrollToItem(self.item(row, 0))

    # --- keys ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # F2 edits a cell and Ctrl+N adds a row here, as in a spreadsheet: in this table
        # they are not the desk's 收费 and 现场注册 (the window's shortcuts for those keys)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Insert, Qt.Key.Key_Delete)
                or event.matches(QKeySequence.StandardKey.New)
            )
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Insert or event.matches(QKeySequence.StandardKey.New):
            self.add_row()
            return
        if key == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            row = self.currentRow()
            if row >= 0 and not self.row_id(row):
                self.removeRow(row)  # only rows not saved yet: what is saved may be in use
                self.edited.emit()
                return
        super().keyPressEvent(event)
