"""The 收费 page's table: the lines a filter shows, a page (200) at a time, newest first.

The filter's first page comes with the totals of everything it shows (``list_money``); the
view scrolling near the end asks for the next page (``fetchMore``) on the database worker,
without totals. A new filter or a change in the store starts again from the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

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

from ...services.fees.money_list import PAGE, MoneyPage, MoneyTotals, list_money
from ...services.fees.ports import MoneyFilter, MoneyLine
from ..labels import method_label, when_text, yuan
from ..session import Session

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#8c959f")
RED = QColor("#a40e26")


def invoice_text(line: MoneyLine) -> str:
    if not line.invoice.title:
        return ""
    kinds = {
        "normal": QCoreApplication.translate("MoneyModel", "普票"),
        "special": QCoreApplication.translate("MoneyModel", "专票"),
    }
    return kinds.get(line.invoice.type, QCoreApplication.translate("MoneyModel", "发票"))


def state_text(line: MoneyLine) -> str:
    if line.kind == "void":
        return QCoreApplication.translate("MoneyModel", "作废")
    if line.kind == "refund":
        return QCoreApplication.translate("MoneyModel", "退款（原收据 {0}）").format(
            line.payment_receipt_no
        )
    if line.voided:
        return QCoreApplication.translate("MoneyModel", "已作废")
    if line.refunded_fen >= line.payment_fen > 0:
        return QCoreApplication.translate("MoneyModel", "已退")
    if line.refunded_fen:
        return QCoreApplication.translate("MoneyModel", "已退 {0}").format(yuan(line.refunded_fen))
    return ""


def amount_text(line: MoneyLine) -> str:
    if line.kind == "refund":
        return "−" + yuan(line.amount_fen)
    return yuan(line.amount_fen)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    value: Callable[[MoneyLine], str]


class MoneyModel(QAbstractTableModel):
    totals_read = Signal(object)  # MoneyTotals of the filter
    page_read = Signal()  # the first page of a filter is in
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = MoneyFilter()
        self.lines: list[MoneyLine] = []
        self.totals: MoneyTotals | None = None
        self.shift_nos: dict[str, str] = {}
        self._more = False
        self._loading = False
        self._generation = 0
        self.columns = [
            Column(
                "time",
                QCoreApplication.translate("MoneyModel", "时间"),
                lambda r: when_text(r.at_ms),
            ),
            Column(
                "receipt",
                QCoreApplication.translate("MoneyModel", "收据号"),
                lambda r: r.receipt_no,
            ),
            Column(
                "person",
                QCoreApplication.translate("MoneyModel", "姓名"),
                lambda r: f"{r.name} {r.code}".strip(),
            ),
            Column(
                "item", QCoreApplication.translate("MoneyModel", "收费项目"), lambda r: r.fee_item
            ),
            Column("amount", QCoreApplication.translate("MoneyModel", "金额"), amount_text),
            Column(
                "method",
                QCoreApplication.translate("MoneyModel", "方式"),
                lambda r: method_label(r.method),
            ),
            Column(
                "operator", QCoreApplication.translate("MoneyModel", "操作员"), lambda r: r.operator
            ),
            Column(
                "desk", QCoreApplication.translate("MoneyModel", "报到台"), lambda r: r.desk_code
            ),
            Column(
                "shift",
                QCoreApplication.translate("MoneyModel", "班次"),
                lambda r: self.shift_nos.get(r.shift_id, ""),
            ),
            Column("invoice", QCoreApplication.translate("MoneyModel", "发票"), invoice_text),
            Column("state", QCoreApplication.translate("MoneyModel", "状态"), state_text),
        ]

    # --- reading ------------------------------------------------------------------------
    def set_filter(self, wanted: MoneyFilter) -> None:
        self.filter = wanted
        self.reload()

    def reload(self) -> None:
        """The filter's first page and its totals, read again."""
        self._generation += 1
        self._loading = True
        self.session.run_query(
            list_money,
            self.filter,
            on_done=self._first_page(self._generation),
            on_error=self.failed.emit,
        )

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.lines, self.totals, self._more, self._loading = [], None, False, False
        self.endResetModel()

    def _first_page(self, generation: int) -> Callable[[MoneyPage], None]:
        def done(page: MoneyPage) -> None:
            if generation != self._generation:
                return  # a newer filter was asked for meanwhile
            self.beginResetModel()
            self.lines = list(page.lines)
            self.totals = page.totals
            self._more = len(page.lines) == PAGE
            self._loading = False
            self.endResetModel()
            self.totals_read.emit(page.totals)
            self.page_read.emit()

        return done

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation

        def done(page: MoneyPage) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._more = len(page.lines) == PAGE
            if page.lines:
                first = len(self.lines)
                self.beginInsertRows(QModelIndex(), first, first + len(page.lines) - 1)
                self.lines.extend(page.lines)
                self.endInsertRows()

        self.session.run_query(
            partial(list_money, offset=len(self.lines), totals=False),
            self.filter,
            on_done=done,
            on_error=self.failed.emit,
        )

    @property
    def loading(self) -> bool:
        return self._loading

    # --- the table ----------------------------------------------------------------------
    def line_at(self, row: int) -> MoneyLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.line_at(index.row())
        if line is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(line)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (line.kind == "payment" and line.voided) or line.kind == "void":
                return GREY
            if line.kind == "refund" and column.key in ("amount", "state"):
                return RED
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and (line.reason or line.supervisor):
            return QCoreApplication.translate("MoneyModel", "原因：{0}；主管：{1}").format(
                line.reason, line.supervisor
            )
        return None
