"""The attendees table: the ids of everyone matching the filter, and a cache of the rows seen.

As in Anki's browser, the model knows only the ids (one query, in the table's order); a row is
read from the store the first time it is painted, a block of rows at a time, on the database
worker. Sorting and filtering are SQL (``services.listing``), never a proxy model over every row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...services.listing import ListingFilter, ListingRow, listing_ids, listing_rows
from ..labels import (
    fee_status_label,
    gender_label,
    room_status_label,
    source_label,
    when_text,
    yuan,
)
from ..session import Session

BLOCK = 100  # rows read together
CACHE_LIMIT = 20_000
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # also the listing's sort key
    title: str
    value: Callable[[ListingRow], str]


def _checkin(row: ListingRow) -> str:
    if row.checkin_ms is None:
        return ""
    return f"{when_text(row.checkin_ms)} {row.checkin_desk} {row.checkin_operator}"


def _fee(row: ListingRow) -> str:
    status = row.fee_status
    if status in ("due", "partial"):
        return f"{fee_status_label(status)} {yuan(row.fee_fen - row.paid_fen)}"
    return fee_status_label(status)


def _room(row: ListingRow) -> str:
    return row.room or room_status_label(row.room_status)


def columns() -> list[Column]:
    return [
        Column("code", QCoreApplication.translate("AttendeesModel", "编号"), lambda r: r.code),
        Column("name", QCoreApplication.translate("AttendeesModel", "姓名"), lambda r: r.name),
        Column(
            "gender",
            QCoreApplication.translate("AttendeesModel", "性别"),
            lambda r: gender_label(r.gender),
        ),
        Column(
            "category", QCoreApplication.translate("AttendeesModel", "类别"), lambda r: r.category
        ),
        Column("unit", QCoreApplication.translate("AttendeesModel", "单位"), lambda r: r.unit),
        Column(
            "department",
            QCoreApplication.translate("AttendeesModel", "科室"),
            lambda r: r.department,
        ),
        Column("title", QCoreApplication.translate("AttendeesModel", "职称"), lambda r: r.title),
        Column("phone", QCoreApplication.translate("AttendeesModel", "手机"), lambda r: r.phone),
        Column(
            "email", QCoreApplication.translate("AttendeesModel", "电子邮箱"), lambda r: r.email
        ),
        Column(
            "id_number",
            QCoreApplication.translate("AttendeesModel", "身份证号"),
            lambda r: r.id_number,
        ),
        Column(
            "province", QCoreApplication.translate("AttendeesModel", "省份"), lambda r: r.province
        ),
        Column("city", QCoreApplication.translate("AttendeesModel", "城市"), lambda r: r.city),
        Column("checkin", QCoreApplication.translate("AttendeesModel", "报到"), _checkin),
        Column("fee", QCoreApplication.translate("AttendeesModel", "费用"), _fee),
        Column(
            "paid",
            QCoreApplication.translate("AttendeesModel", "已收"),
            lambda r: yuan(r.paid_fen) if r.paid_fen else "",
        ),
        Column("room", QCoreApplication.translate("AttendeesModel", "住房"), _room),
        Column(
            "badges",
            QCoreApplication.translate("AttendeesModel", "证件"),
            lambda r: str(r.badge_prints) if r.badge_prints else "",
        ),
        Column(
            "source",
            QCoreApplication.translate("AttendeesModel", "来源"),
            lambda r: source_label(r.source),
        ),
    ]


DEFAULT_COLUMNS = (
    "code",
    "name",
    "gender",
    "category",
    "unit",
    "department",
    "title",
    "checkin",
    "fee",
    "room",
)


class AttendeesModel(QAbstractTableModel):
    count_changed = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.columns = columns()
        self.filter = ListingFilter()
        self.ids: list[str] = []
        self.cache: dict[str, ListingRow] = {}
        self._gone: set[str] = set()
        self._pending: set[int] = set()
        self._ids_generation = 0
        self._rows_generation = 0
        self.loaded = False

    # --- loading ------------------------------------------------------------------------
    def set_filter(self, wanted: ListingFilter) -> None:
        self.filter = replace(wanted, sort=self.filter.sort, descending=self.filter.descending)
        self.reload()

    def reload(self) -> None:
        self._ids_generation += 1
        self.session.run_query(
            listing_ids, self.filter, on_done=partial(self._ids_loaded, self._ids_generation)
        )

    def forget(self, ids: set[str] | None = None) -> None:
        """Rows that changed are read again when next painted (``None``: every row)."""
        if ids is None:
            self.cache.clear()
        else:
            for attendee_id in ids:
                self.cache.pop(attendee_id, None)
        self._rows_generation += 1
        self._pending.clear()

    def clear(self) -> None:
        self.beginResetModel()
        self.ids = []
        self.cache.clear()
        self._gone.clear()
        self._pending.clear()
        self._ids_generation += 1
        self._rows_generation += 1
        self.loaded = False
        self.endResetModel()
        self.count_changed.emit(0)

    def _ids_loaded(self, generation: int, ids: list[str]) -> None:
        if generation != self._ids_generation:
            return
        self.loaded = True
        if ids == self.ids:
            if ids:  # same people, same order: repaint (changed rows were forgotten)
                last = self.index(len(ids) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self.ids = ids
            self._gone.clear()
            self._pending.clear()
            self._rows_generation += 1
            self.endResetModel()
        self.count_changed.emit(len(ids))

    def _fetch(self, row: int) -> None:
        block = row // BLOCK
        if block in self._pending:
            return
        self._pending.add(block)
        ids = self.ids[block * BLOCK : (block + 1) * BLOCK]
        self.session.run_query(
            listing_rows,
            ids,
            on_done=partial(self._rows_loaded, self._rows_generation, block, ids),
        )

    def _rows_loaded(
        self, generation: int, block: int, ids: list[str], rows: list[ListingRow]
    ) -> None:
        if generation != self._rows_generation:
            return
        self._pending.discard(block)
        if len(self.cache) + len(rows) > CACHE_LIMIT:
            self.cache.clear()
        for row in rows:
            self.cache[row.id] = row
        self._gone.update(set(ids) - {r.id for r in rows})
        first = block * BLOCK
        last = min(first + BLOCK, len(self.ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # --- the table ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, row: int) -> ListingRow | None:
        if 0 <= row < len(self.ids):
            return self.cache.get(self.ids[row])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        attendee_id = self.ids[index.row()]
        row = self.cache.get(attendee_id)
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and attendee_id not in self._gone:
                self._fetch(index.row())
                return "…"
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.DecorationRole and column.key == "category":
            return QColor(row.category_color)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "fee" and row.fee_status in ("due", "partial"):
                return QColor("#a40e26")
            if column.key == "checkin" and row.checkin_ms is not None:
                return QColor("#116329")
            if column.key == "room" and row.room_status == "needed":
                return QColor("#9a6700")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.filter = replace(self.filter, sort=self.columns[column].key, descending=descending)
        self.reload()

    def code_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.code if found is not None else None
