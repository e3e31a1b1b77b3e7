"""The read-only tables of whole rows that pages list things in (desks, operators, print jobs)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def row_table(name: str, headers: Sequence[str], *, pick_one: bool = False) -> QTableWidget:
    """No row numbers, no editing, a click takes the whole row.

    ``pick_one``: one row at a time, for the buttons under the table that act on it; Tab
    leaves the table for those buttons instead of moving between cells.
    """
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if pick_one:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
    return table


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Each column as wide as its content; column ``stretch`` takes the width left over."""
    header = table.horizontalHeader()
    fit, rest = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, rest if column == stretch else fit)
