"""The import wizard's column table: one row per column of the sheet, a combo per column.

Columns: the sheet's column letter, its header title, what it is imported as (a combo of the
import fields, or 忽略), and the first values under it. Tab walks from combo to combo (the
table itself takes no focus), and the row of the focused combo scrolls into view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...services.roster_columns import FIELD_LABELS
from ...services.roster_rows import RosterTable
from ..sheet_labels import field_label, ignore_label

SAMPLE_ROWS = 50  # rows looked at for the sample values and to hide empty columns
SAMPLES_SHOWN = 3


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


class MappingTable(QTableWidget):
    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("表头"), self.tr("导入为"), self.tr("前几行的内容")]
        )
        self.verticalHeader().hide()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combos take the keyboard
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("中")
        for n, width in enumerate((3, 10, 9)):
            self.setColumnWidth(n, int(width * em) + 16)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.combos: list[QComboBox] = []
        self.columns: list[int] = []  # the sheet's column index of each row
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def show_table(self, table: RosterTable) -> None:
        self.combos.clear()
        self.columns.clear()
        self.setRowCount(0)
        sample = [row for _n, row in table.sample(SAMPLE_ROWS)]
        for col, title in enumerate(table.headers):
            values = [_cell_text(r[col]) for r in sample if col < len(r)]
            values = [v for v in values if v]
            if not title and not values and col not in table.mapping:
                continue  # an empty column at the edge of the sheet
            row = self.rowCount()
            self.insertRow(row)
            self.columns.append(col)
            for n, text in ((0, column_letter(col)), (1, title), (3, "  ·  ".join(values[:3]))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, n, item)
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{col}")
            combo.setProperty("mappingRow", row)
            combo.addItem(ignore_label(), None)
            for key in FIELD_LABELS:
                combo.addItem(field_label(key), key)
            combo.setMaxVisibleItems(len(FIELD_LABELS) + 1)
            combo.setCurrentIndex(max(combo.findData(table.mapping.get(col)), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.setCellWidget(row, 2, combo)
            self.combos.append(combo)
            self._tint(row)
        for before, after in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if self.combos:  # the longest field name fits (English names are longer)
            self.setColumnWidth(2, max(self.columnWidth(2), self.combos[0].sizeHint().width()))

    def first_combo(self) -> QComboBox | None:
        return self.combos[0] if self.combos else None

    def mapping(self) -> dict[int, str | None]:
        return {
            col: combo.currentData() for col, combo in zip(self.columns, self.combos, strict=True)
        }

    def combo_for(self, header: str) -> QComboBox:
        """The combo of the column titled ``header`` (tests, and a person reading the table)."""
        for row, combo in enumerate(self.combos):
            item = self.item(row, 1)
            if item is not None and item.text() == header:
                return combo
        raise KeyError(header)

    def _changed(self, _index: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            self._tint(int(combo.property("mappingRow")))
        self.mapping_changed.emit()

    def _tint(self, row: int) -> None:
        """Ignored columns are greyed, so what will be imported stands out."""
        ignored = self.combos[row].currentData() is None
        color = self.palette().placeholderText() if ignored else self.palette().text()
        for n in (0, 1, 3):
            item = self.item(row, n)
            if item is not None:
                item.setForeground(color)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new in self.combos:
            item = self.item(int(new.property("mappingRow")), 0)
            if item is not None:
                self.scrollToItem(item)
